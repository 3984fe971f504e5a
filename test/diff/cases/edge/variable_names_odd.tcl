set {a b} 1
set {a(b} 2
set x(y)z 3
puts [info exists x]
puts ${a b}
puts [set {a(b}]
