set x 5
puts [subst -novariables {$x [expr 1+1]}]
