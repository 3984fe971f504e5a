puts [scan "" %d]
puts [scan "" %d v]
puts [info exists v]
