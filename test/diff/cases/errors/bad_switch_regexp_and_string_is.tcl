puts [catch {string is foo bar} msg]
puts $msg
