puts [expr {010 + 0}]
puts [expr {007}]
puts [catch {expr {09}} m]
puts $m
