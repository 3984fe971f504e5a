proc show {args} {
    set out {}
    foreach v $args {
        if {[uplevel 1 [list info exists $v]]} { lappend out $v=[uplevel 1 [list set $v]] } else { lappend out $v:unset }
    }
    return $out
}
puts [scan {10 20} {%d %d} a b]\ [show a b]
unset -nocomplain a b
puts [scan 10 {%d %d} a b]\ [show a b]
unset -nocomplain a b
puts [scan {} %d a]\ [show a]
puts [scan {   } %d a]\ [show a]
puts [scan abc %d a]\ [show a]
puts [scan {1 2 3} {%d %*d %d} a b]\ [show a b]
unset -nocomplain a b
puts [scan {12 34} {%2$d %1$d} a b]\ [show a b]
puts [scan {a b} {%s %n} x y]\ [show x y]
puts [scan "é x" {%s %n} x y]\ [show x y]
puts [scan {ab} %c%c%c a b c]\ [show a b c]
