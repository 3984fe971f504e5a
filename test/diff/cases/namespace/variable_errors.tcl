proc p {} { set x 1; variable x }
puts [catch p m]; puts $m
proc q {} { variable a(1) }
puts [catch q m]; puts $m
puts [catch {namespace eval n {variable ::nope::x}} m]; puts $m
puts [catch {variable} m]; puts "empty: [list $m]"
puts [catch {set ::missing::v 1} m]; puts $m
puts [catch {puts $::missing::v} m]; puts $m
puts [catch {proc missing::p {} {}} m]; puts $m
