set x 1.5
puts [catch {incr x} msg]
puts $msg
set y ""
puts [catch {incr y} msg]
puts $msg
