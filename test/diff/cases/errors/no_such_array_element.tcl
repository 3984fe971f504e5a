array set a {k v}
puts [catch {set a(zz)} msg]
puts $msg
puts [catch {puts $a(q)} msg]
puts $msg
