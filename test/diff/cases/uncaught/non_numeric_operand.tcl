puts [expr {1 + 2}]
puts [expr {"one" + 2}]
