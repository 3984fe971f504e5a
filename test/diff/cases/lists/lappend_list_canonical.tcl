set s "  a   b  "
lappend s c
puts "<$s>"
set t "x {y}"
lappend t z
puts "<$t>"
