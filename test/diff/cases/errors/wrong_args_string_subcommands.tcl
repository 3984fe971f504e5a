puts [catch {string length} msg]
puts $msg
puts [catch {string length a b} msg]
puts $msg
puts [catch {string index abc} msg]
puts $msg
puts [catch {string range abc 1} msg]
puts $msg
