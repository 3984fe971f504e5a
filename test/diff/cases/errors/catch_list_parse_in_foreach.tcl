puts [catch {foreach x {a {b} c} {}} msg]
puts "<$msg>"
puts [catch {foreach x "a \{b" {}} msg]
puts $msg
