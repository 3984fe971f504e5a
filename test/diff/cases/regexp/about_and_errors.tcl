puts [catch {regexp {(} x} m]
puts $m
puts [catch {regexp {a{2,1}} x} m]
puts $m
