puts [catch {format %d} msg]
puts $msg
puts [catch {format %d abc} msg]
puts $msg
puts [catch {format %z 1} msg]
puts $msg
