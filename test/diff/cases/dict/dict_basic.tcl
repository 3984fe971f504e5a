set d [dict create b 1 a 2 c 3]
puts $d
puts [dict get $d a]
puts [dict size $d]
puts [dict keys $d]
puts [dict values $d]
puts [dict keys $d {[ab]}]
puts [dict values $d 3]
puts [dict exists $d c]
puts [dict exists $d z]
puts [dict create a 1 a 2 b 3]
puts [dict create #a b c #d]
puts [dict get {a  1   b 2}]
puts [dict get {a 1 a 2 b 3}]
puts [llength $d]
puts [lindex $d 3]
set e $d
dict set d a 9
puts "$d | $e"
puts [dict merge {a 1 b 2} {b 3 c 4} {a 5}]
puts [dict merge {a  1}]
puts [dict remove {a 1 b 2 c 3} b x]
puts [dict replace {a 1 b 2} b 5 c 6]
