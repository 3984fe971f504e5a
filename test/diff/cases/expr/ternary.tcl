puts [expr {1 ? "yes" : "no"}]
puts [expr {0 ? "yes" : "no"}]
puts [expr {1 ? 2 : 0 ? 3 : 4}]
puts [expr {0 ? 2 : 0 ? 3 : 4}]
set x 5
puts [expr {$x > 3 ? $x * 2 : -1}]
