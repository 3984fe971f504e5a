puts [catch {return -code bogus x} msg]
puts $msg
