set l {a b}
puts [catch {lset l 5 x} msg]
puts $msg
puts [catch {lset nosuch 0 x} msg]
puts $msg
