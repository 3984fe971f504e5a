set l {}
lappend l a "b c" {d}
puts $l
puts [llength $l]
set m "x  y"
lappend m z
puts $m
