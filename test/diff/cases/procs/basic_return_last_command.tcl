proc f {} { set x 1; set y 2 }
puts [f]
proc g {} {}
puts "<[g]>"
