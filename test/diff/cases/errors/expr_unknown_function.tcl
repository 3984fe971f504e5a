puts [catch {expr {nofunc(1)}} msg]
puts $msg
puts [catch {expr {sqrt(1, 2)}} msg]
puts $msg
