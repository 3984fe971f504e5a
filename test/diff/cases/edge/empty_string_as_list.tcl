set e ""
puts [llength $e]
puts "<[lindex $e 0]>"
puts "<[lrange $e 0 end]>"
puts [llength [list $e]]
puts "<[list $e]>"
puts "<[join $e ,]>"
