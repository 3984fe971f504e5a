proc p {x} { return $x }
puts [catch {p} msg]
puts $msg
rename p q
puts [catch {q} msg]
puts $msg
