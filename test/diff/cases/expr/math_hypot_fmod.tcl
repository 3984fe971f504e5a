puts [expr {hypot(3, 4)}]
puts [expr {fmod(7, 3)}]
puts [expr {fmod(-7, 3)}]
puts [expr {fmod(7.5, 2)}]
