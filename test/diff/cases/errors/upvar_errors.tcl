proc f {} { upvar 5 x y }
puts [catch {f} msg]
puts $msg
