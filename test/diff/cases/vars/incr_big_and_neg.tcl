set x 9223372036854775807
incr x
puts $x
set y -5
incr y -5
puts $y
set z 0x10
incr z
puts $z
