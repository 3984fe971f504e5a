puts [expr {+007 + 1}]
puts [expr {" 42 " + 0}]
puts [catch {expr {1_000}} m]
puts $m
