set a [expr {srand(42)}]
set b [expr {rand()}]
expr {srand(42)}
set c [expr {rand()}]
puts [expr {$b == $c}]
