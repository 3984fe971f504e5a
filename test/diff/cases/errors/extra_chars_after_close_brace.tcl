puts [catch {eval {set a {b}c}} msg]
puts $msg
