set s 1
puts [catch {set s(k) 1} msg]
puts $msg
puts [catch {array set s {a b}} msg]
puts $msg
