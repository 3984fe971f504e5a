proc f {} { uplevel 1 set x 5 }
f
puts $x
proc g {} { uplevel set y {"a b"} }
g
puts $y
