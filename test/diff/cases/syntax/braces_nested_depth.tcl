set s {a {b {c {d}}} e}
puts $s
puts [llength $s]
puts [lindex $s 1]
puts [lindex [lindex $s 1] 1]
