# Writing a whole array as a scalar: every command reports TCL WRITE VARNAME.
set a(x) 1
foreach script {
    {set a 1} {append a 1} {lappend a 1} {incr a} {lassign {1} a} {foreach a {1} {}}
    {scan 1 %d a} {regexp a a a} {regsub a a b a} {lmap a {1} {}} {dict set a x 1}
} {
    puts "[catch $script msg] $msg | $errorCode"
}
proc inproc {} {
    set b(x) 1
    catch {set b 1}; puts $::errorCode
    catch {append b 1}; puts $::errorCode
    catch {incr b}; puts $::errorCode
    upvar ::a c
    catch {set c 2}; puts $::errorCode
}
inproc
