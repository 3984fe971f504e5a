catch {error "the message"} msg
puts [lindex [split $::errorInfo \n] 0]
proc f {} { error inproc }
catch f
puts [lindex [split $::errorInfo \n] 0]
