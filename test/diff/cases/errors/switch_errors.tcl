puts [catch {switch x} msg]
puts $msg
puts [catch {switch -bogus x {a b}} msg]
puts $msg
puts [catch {switch x {a}} msg]
puts $msg
