puts [catch {expr {1 << -1}} msg]
puts $msg
puts [catch {expr {0 ** -1}} msg]
puts $msg
