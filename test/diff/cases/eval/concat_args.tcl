eval puts hello
eval set x 5
puts $x
eval {set y} {10}
puts $y
eval [list set z "a b"]
puts $z
