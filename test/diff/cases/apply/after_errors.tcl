puts [list [after 0]]
puts [catch {after} m]; puts $m
puts [catch {after x} m]; puts $m
puts [catch {after later} m]; puts $m
