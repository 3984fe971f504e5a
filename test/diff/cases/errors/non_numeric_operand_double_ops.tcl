puts [catch {expr {"a" ** 2}} msg]
puts $msg
puts [catch {expr {~1.5}} msg]
puts $msg
puts [catch {expr {1.5 % 2}} msg]
puts $msg
puts [catch {expr {1.5 << 1}} msg]
puts $msg
