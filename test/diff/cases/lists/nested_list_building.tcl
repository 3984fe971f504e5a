set inner [list a "b c"]
set outer [list $inner d]
puts $outer
puts [lindex $outer 0 1]
puts [llength [lindex $outer 0]]
