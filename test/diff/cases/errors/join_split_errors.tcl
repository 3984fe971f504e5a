puts [catch {join} msg]
puts $msg
puts [catch {split} msg]
puts $msg
puts [catch {join {a b} , x} msg]
puts $msg
