# Only the shape of the result is deterministic.
puts [regsub {^[0-9.]+ } [time {set x 1}] {N }]
puts [regsub {^[0-9.]+ } [time {set x 1} 10] {N }]
puts [time {set x 1} 0]
puts [time {set x 1} -5]
set n 0
time {incr n} 7
puts $n
set n 0
puts [catch {time {incr n; if {$n == 3} break} 10}]
puts $n
puts [catch {time {error "in timed script"} 3} m]; puts $m
puts [catch {time} m]; puts $m
puts [catch {time {} x} m]; puts $m
puts [catch {time {} 1.5} m]; puts $m
puts [catch {time {} 1 2} m]; puts $m
