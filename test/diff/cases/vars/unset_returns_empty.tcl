set x 1
puts "<[unset x]>"
puts [catch {unset x} m]
puts $m
