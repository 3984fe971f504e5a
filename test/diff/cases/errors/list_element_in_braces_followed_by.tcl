puts [catch {llength {{a}b c}} msg]
puts $msg
puts [catch {lindex {{a}x} 0} msg]
puts $msg
