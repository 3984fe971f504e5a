puts [expr {!true}]
puts [expr {!"no"}]
puts [expr {!0.0}]
puts [expr {!1.5}]
