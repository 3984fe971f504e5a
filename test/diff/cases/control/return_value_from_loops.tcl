proc p {} {foreach i {1} {return x}}; puts [p]
proc q {} {set i 0; while 1 {incr i; if {$i>3} {return w$i}}}; puts [q]
proc r {} {for {set i 0} {$i<5} {incr i} {if {$i==2} {return f$i}}}; puts [r]
puts [foreach x {1 2} {break}]
