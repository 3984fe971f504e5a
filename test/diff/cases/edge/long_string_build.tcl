set s ""
for {set i 0} {$i < 100} {incr i} { append s [expr {$i % 10}] }
puts [string length $s]
puts [string range $s 0 19]
puts [string last 9 $s]
