# && || ?: evaluate only what they need; other operators evaluate both operands, left first.
set log {}
proc t {v} { lappend ::log $v; return $v }
puts [expr {[t 0] && [t 1]}]
puts [expr {[t 1] || [t 2]}]
puts [expr {[t 1] ? [t 3] : [t 4]}]
puts [expr {[t 0] ? [t 5] : [t 6]}]
puts [expr {[t 7] + [t 8] * [t 9]}]
puts [catch {expr {[t abc] + [t 10]}} m]$m
puts [expr {max([t 11], [t 12])}]
puts [catch {expr {foo([t 13])}} m]$m
puts [catch {expr {sin([t 14], [t 15])}} m]$m
puts $log
