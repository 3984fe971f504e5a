# global with no names, and info vars after global/upvar of variables not created yet
proc p {} { global; return ok }
puts [p]
puts [catch {global} m]; puts "<$m>"
proc q {} { global notyet; puts [info vars]; puts [info exists notyet]; puts [info locals]; set notyet 3 }
q
puts $notyet
proc r {} { upvar 1 missing y; puts [info vars]; puts [info exists y]; puts [info locals] }
r
proc s {} { global g1 g2; set local 1; puts [lsort [info vars]]; puts [info locals] }
s
proc g1 {} { global a(b) }
puts [catch g1 m]; puts "$m | $::errorCode"
