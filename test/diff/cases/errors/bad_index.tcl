puts [catch {string index abc foo} msg]
puts $msg
puts [catch {lindex {a b} x} msg]
puts $msg
puts [catch {lrange {a b} 0 end-x} msg]
puts $msg
