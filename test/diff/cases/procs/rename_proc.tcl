proc f {} { return F }
rename f g
puts [g]
puts [catch f m]
puts $m
rename g {}
puts [catch g m]
puts $m
