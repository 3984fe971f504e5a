set x [list]
puts "<$x>"
set y [set a 1; set b 2]
puts $y
puts [set a][set b]
