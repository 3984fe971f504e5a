puts [catch {expr {sqrt(-1)}} msg]
puts $msg
puts [catch {expr {log(0)}} msg]
puts $msg
puts [catch {expr {log(-1)}} msg]
puts $msg
