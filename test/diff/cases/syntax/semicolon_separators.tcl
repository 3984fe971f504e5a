set a 1; set b 2; puts [expr {$a + $b}]
puts x;puts y
set c "a;b"
puts $c
puts {a;b}
