set x 3
set op +
puts [expr $x $op 4]
puts [expr "$x * 2"]
puts [expr 1+2 * 3]
