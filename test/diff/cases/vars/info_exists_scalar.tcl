puts [info exists x]
set x ""
puts [info exists x]
unset x
puts [info exists x]
