set counter 0
proc bump {} { global counter; incr counter }
bump; bump; bump
puts $counter
