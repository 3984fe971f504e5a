puts [if {1} {set r a} else {set r b}]
puts "<[if {0} {set r a}]>"
set v [if {0} {list} elseif {1} {list x y}]
puts $v
