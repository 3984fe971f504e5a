puts [expr {true}]
puts [expr {false || no}]
puts [expr {on && yes}]
puts [catch {expr {true + 0}} m]
puts $m
