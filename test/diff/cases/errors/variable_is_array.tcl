array set a {k v}
puts [catch {set a 1} msg]
puts $msg
puts [catch {puts $a} msg]
puts $msg
puts [catch {append a x} msg]
puts $msg
