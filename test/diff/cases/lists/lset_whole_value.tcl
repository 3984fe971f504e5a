set l {a b c}
lset l {} {new list}
puts $l
puts [lset l 0 z]
