puts [catch {incr x abc} msg]
puts $msg
set v abc
puts [catch {incr v} msg]
puts $msg
puts [catch {string repeat x abc} msg]
puts $msg
puts [catch {lrepeat x a} msg]
puts $msg
