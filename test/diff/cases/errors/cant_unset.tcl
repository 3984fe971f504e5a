puts [catch {unset nosuch} msg]
puts $msg
array set a {x 1}
puts [catch {unset a(y)} msg]
puts $msg
