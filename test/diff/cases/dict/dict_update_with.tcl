set d {a 1 b 2}
dict update d a x b y {
    set x 10
    unset y
    set z 1
}
puts $d
set d {a 1 b 2}
dict with d {
    set a 5
    set c 7
}
puts "$d | $a $b"
set d {o {a 1 b 2}}
dict with d o { incr a 100 }
puts $d
set d {a 1}
dict with d { unset a }
puts "<$d>"
set d {a 1}
catch { dict update d a v { set v 2; error boom } } msg
puts "$d $msg"
set d {a 1}
catch { dict with d { set a 3; break } } code
puts "$d $code"
proc viaWith {} {
    set rec {name alice age 30}
    dict with rec {}
    return "$name is $age"
}
puts [viaWith]
