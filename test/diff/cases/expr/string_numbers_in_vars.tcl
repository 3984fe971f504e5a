set a "12"
set b " 3 "
puts [expr {$a + $b}]
set c 0x1a
puts [expr {$c + 0}]
set d 1e2
puts [expr {$d}]
