set n 0
proc bump {} { incr ::n; return 1 }
puts [expr {0 && [bump]}]
puts [expr {1 || [bump]}]
puts $n
puts [expr {1 && [bump]}]
puts [expr {0 || [bump]}]
puts $n
