puts [set x 10]
puts [set x]
set y $x
set x 20
puts "$x $y"
