incr fresh
puts $fresh
incr other 5
puts $other
