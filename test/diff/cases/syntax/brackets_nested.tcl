puts [string toupper [string range [string repeat ab 3] 1 3]]
puts [expr {[llength [list 1 2 3]] * [string length abcd]}]
set x [set y [set z 7]]
puts "$x $y $z"
