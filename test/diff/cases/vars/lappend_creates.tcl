lappend l a
lappend l b c
puts $l
puts [llength $l]
lappend l "d e"
puts $l
puts [lappend l]
