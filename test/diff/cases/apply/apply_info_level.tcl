puts [apply {{} {info level}}]
puts [apply {{} {info level 0}}]
puts [apply {x {info level 0}} 5]
proc p {} { apply {{a} {list [info level] [info level 0]}} arg }
puts [p]
puts [apply {{} {uplevel 1 {info level}}}]
