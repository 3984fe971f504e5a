puts [catch {eval "set a \{b"} msg]
puts $msg
puts [catch {eval "if 1 \{"} msg]
puts $msg
