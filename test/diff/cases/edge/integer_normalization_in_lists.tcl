set l {3 01 2.0 0x4}
puts [lsort -integer {3 01 0x4}]
puts [lsort -real $l]
puts [lindex $l 1]
