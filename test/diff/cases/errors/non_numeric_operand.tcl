puts [catch {expr {"abc" + 1}} msg]
puts $msg
puts [catch {expr {1 * "x"}} msg]
puts $msg
puts [catch {expr {-"a"}} msg]
puts $msg
puts [catch {expr {"" - 1}} msg]
puts $msg
