set a(1,2) x12
set a(3) three
set i 1
set j 2
puts $a($i,$j)
puts $a([expr {1+2}])
set a(b\ c) spaced
puts $a(b\ c)
set key "b c"
puts $a($key)
