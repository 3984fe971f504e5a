set l [list "\u00e9t\u00e9" "日本"]
puts $l
puts [llength $l]
puts [lsort $l]
puts [string length [lindex $l 1]]
