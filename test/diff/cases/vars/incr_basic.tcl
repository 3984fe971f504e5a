set i 5
incr i
puts $i
incr i 10
puts $i
incr i -20
puts $i
puts [incr i]
