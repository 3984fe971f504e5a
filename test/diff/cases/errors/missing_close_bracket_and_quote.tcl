puts [catch {eval {set a [list b}} msg]
puts $msg
puts [catch {eval "set a \"b"} msg]
puts $msg
