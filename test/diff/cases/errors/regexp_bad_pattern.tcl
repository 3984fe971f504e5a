puts [catch {regexp {[a} x} msg]
puts $msg
puts [catch {regexp {*a} x} msg]
puts $msg
