puts [catch {format %d 3.99} m]
puts $m
puts [format %d [expr {int(-3.99)}]]
puts [format %x [expr {int(16.7)}]]
