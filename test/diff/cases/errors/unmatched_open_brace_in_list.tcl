puts [catch {llength "a \{b"} msg]
puts $msg
puts [catch {lindex "\{" 0} msg]
puts $msg
