puts [catch {array bogus a} msg]
puts [string range $msg 0 [string first : $msg]]
puts [catch {info bogus} msg]
puts [string range $msg 0 [string first : $msg]]
