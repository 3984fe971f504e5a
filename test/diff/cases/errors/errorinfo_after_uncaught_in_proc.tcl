proc lvl2 {} { error deep }
proc lvl1 {} { lvl2 }
catch lvl1 msg
puts $msg
set lines [split $::errorInfo \n]
puts [lindex $lines 0]
puts [lindex $lines 1]
