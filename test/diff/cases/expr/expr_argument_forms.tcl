# expr joins its arguments with spaces; substitution before expr sees the text.
set x 3
set op *
puts [expr 1 + 2]
puts [expr { 1 } + { 2 }]
puts [expr "1 " "+ 2"]
puts [expr $x $op 4]
puts [expr "$x$op$x"]
puts [expr 1+2 * 3]
puts [expr {[set x]*2}]
puts [catch {expr} m]$m
puts [catch {expr {}} m]$m
puts [catch {expr { }} m]$m
puts [catch {expr $op} m]$m
set e {$x ** 2}
puts [expr $e]
puts [expr $e]
proc sq {v} { expr {$v * $v} }
puts [sq 12][sq 1.5]
