set x 5
puts {$x [expr 1+1] \n}
puts {a {nested} b}
puts {}
puts "[string length {}]"
