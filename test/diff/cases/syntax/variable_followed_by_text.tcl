set a hello
puts $a.world
puts $a/x
puts $a-1
puts ${a}_suffix
puts [catch {puts $a(nonarray)text} m]
puts $m
