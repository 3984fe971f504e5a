set a(1) one
set a(01) zero-one
puts $a(1)
puts $a(01)
puts [array size a]
set i 1
puts $a($i)
