set x 5
puts [subst -nocommands {$x [expr 1+1] \n end}]
