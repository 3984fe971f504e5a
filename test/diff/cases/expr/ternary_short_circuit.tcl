set n 0
proc bump {} { incr ::n; return 9 }
puts [expr {1 ? 1 : [bump]}]
puts [expr {0 ? [bump] : 2}]
puts $n
