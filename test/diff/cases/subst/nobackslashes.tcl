set x 5
puts [subst -nobackslashes {$x\t[expr 2*3]}]
