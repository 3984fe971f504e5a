proc b {} { break }
proc c {} { continue }
puts [catch {b} msg]
puts $msg
puts [catch {c} msg]
puts $msg
