set x 1
global x
puts $x
