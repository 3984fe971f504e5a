puts [catch {set} msg]
puts $msg
puts [catch {set a b c} msg]
puts $msg
puts [catch {incr} msg]
puts $msg
puts [catch {incr a 1 2} msg]
puts $msg
