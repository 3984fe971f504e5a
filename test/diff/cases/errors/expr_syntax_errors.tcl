puts [catch {expr {1 +}} msg]
puts $msg
puts [catch {expr {(1 + 2}} msg]
puts $msg
