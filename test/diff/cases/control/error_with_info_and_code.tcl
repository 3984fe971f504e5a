proc f {} { error "failed" "extra info" {APP FAIL 42} }
catch f msg
puts $msg
puts $::errorCode
catch {error plain} msg
puts $msg
puts $::errorCode
