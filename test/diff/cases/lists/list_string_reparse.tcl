set s {a   b {c  d}  "e f"}
puts [llength $s]
puts [lindex $s 2]
puts [lindex $s 3]
puts [lrange $s 0 end]
