# return -code return is one more level of an ordinary return (TclMergeReturnOptions).
proc show {script} {
    set c [catch {uplevel 1 $script} m o]
    puts "$c: $m | -code [dict get $o -code] -level [dict get $o -level]"
}
show {return -code return xx}
show {return -code return -level 0 xx}
show {return -code return -level 3 xx}
show {return -code 2 xx}
proc f {} {return -code return -level 0 fromf}
proc g {} {set r [f]; return "g saw $r"}
puts [g]
proc h {} {return -code return hx}
proc k {} {h; return "k continued"}
puts [k]
proc m {} {return -options {-code return} mx}
proc n {} {m; return "n continued"}
puts [n]
puts [catch {return -code return -level 0 top} r]:$r
