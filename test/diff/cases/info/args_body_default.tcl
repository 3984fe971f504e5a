proc p {a {b 2} args} { return [list $a $b $args] }
puts [info args p]
puts [info body p]
puts [info default p b d]
puts $d
puts [info default p a d2]
puts [info exists d2]
