puts [expr {int(1e20)}]
puts [expr {wide(2 ** 64 + 5)}]
puts [expr {int(2 ** 64 + 5)}]
puts [expr {double(2 ** 64)}]
