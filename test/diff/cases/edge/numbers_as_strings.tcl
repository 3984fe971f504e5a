set a 007
puts $a
puts [expr {$a + 0}]
set b 1.50
puts $b
puts [expr {$b * 1}]
set c 0x0A
puts "$c [expr {$c}]"
puts [string length 1e3]
