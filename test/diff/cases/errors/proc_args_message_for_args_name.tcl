proc v {a args} {}
puts [catch {v} msg]
puts $msg
proc w {args} {}
puts [catch {w} msg]
puts "<$msg>"
