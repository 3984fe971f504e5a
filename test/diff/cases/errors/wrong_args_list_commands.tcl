puts [catch {lindex} msg]
puts $msg
puts [catch {llength} msg]
puts $msg
puts [catch {lrange {a b}} msg]
puts $msg
puts [catch {lappend} msg]
puts $msg
