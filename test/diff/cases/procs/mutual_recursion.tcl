proc even {n} { if {$n == 0} { return 1 }; odd [expr {$n - 1}] }
proc odd {n} { if {$n == 0} { return 0 }; even [expr {$n - 1}] }
puts [even 10]
puts [odd 7]
puts [even 7]
