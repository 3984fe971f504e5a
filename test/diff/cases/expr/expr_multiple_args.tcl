puts [expr 1 + 2]
puts [expr {1} + {2}]
puts [expr 2 * 3 - 1]
