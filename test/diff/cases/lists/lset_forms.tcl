set l {a b c}
lset l 1 B
puts $l
set m {{1 2} {3 4}}
lset m 1 0 X
puts $m
lset m {0 1} Y
puts $m
set n {a b}
lset n end+1 c
puts $n
