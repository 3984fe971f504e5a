puts [string length [string repeat [string toupper [string index abc [expr {1 + [llength {x y}] - 2}]]] 3]]
puts [lindex [lindex [list [list a [list b c]]] 0] 1]
