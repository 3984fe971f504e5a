puts [catch {error "custom failure"} msg]
puts $msg
proc f {} { error "from proc" }
puts [catch {f} msg]
puts $msg
