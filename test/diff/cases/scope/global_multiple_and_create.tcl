set a 1
proc f {} { global a b; set b [expr {$a + 1}]; return $b }
puts [f]
puts $b
