puts [regexp -all {a} banana]
puts [regexp -all {an} banana]
puts [regexp -all {x} banana]
puts [regexp -all {[0-9]+} "a1b22c333"]
