puts [catch {incr x 1.5} msg]
puts $msg
puts [catch {format %d 2.0} msg]
puts $msg
