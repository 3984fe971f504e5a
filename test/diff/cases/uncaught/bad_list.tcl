set l {a b c}
puts [llength $l]
puts [llength "x {y"]
