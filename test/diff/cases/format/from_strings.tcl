puts [format %d " 12"]
puts [format %d 010]
puts [format %f 1]
puts [catch {format %d 1e3} m]
puts $m
