proc p {a b} {}
puts [catch {p 1} msg]
puts $msg
puts [catch {p 1 2 3} msg]
puts $msg
