puts [catch {expr {1 / 0}} msg]
puts $msg
puts [catch {expr {5 % 0}} msg]
puts $msg
puts [catch {expr {1.0 / 0}} msg]
puts $msg
