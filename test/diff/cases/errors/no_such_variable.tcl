puts [catch {set x} msg]
puts $msg
puts [catch {puts $y} msg]
puts $msg
