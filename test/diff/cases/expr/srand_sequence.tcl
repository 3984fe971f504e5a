# srand seeds Tcl's own generator: the same seed gives tclsh's sequence.
puts [expr {srand(12345)}]
for {set i 0} {$i < 5} {incr i} { puts [expr {rand()}] }
puts [expr {srand(0)}]
puts [expr {srand(-7)}]
puts [expr {srand(2**40 + 3)}]
puts [expr {int(rand() * 100)}]
