proc f {a {b B} args} { return "$a|$b|$args" }
puts [f 1]
puts [f 1 2]
puts [f 1 2 3 4]
