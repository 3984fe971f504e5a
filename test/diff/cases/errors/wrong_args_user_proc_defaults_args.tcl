proc q {a {b 1} args} {}
puts [catch {q} msg]
puts $msg
proc r {{x 1}} {}
puts [catch {r 1 2} msg]
puts $msg
proc s {} {}
puts [catch {s 1} msg]
puts $msg
