set ::g 5
puts $g
puts $::g
proc f {} { return $::g }
puts [f]
