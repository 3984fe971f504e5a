set l [list "{a}" "b{" "}c" "{d} e"]
puts $l
puts [llength $l]
puts [lindex $l 0]
puts [lindex $l 3]
puts [join $l |]
