set l {0 1 2 3 4 5}
puts [lindex $l end-2]
puts [lindex $l 1+2]
puts [lindex $l end-5]
puts "<[lindex $l end-6]>"
