set s abcdef
puts [string index $s 0]
puts [string index $s end]
puts [string index $s end-1]
puts [string index $s 2+1]
puts [catch {string index $s end-2-1} m]
puts $m
puts "<[string index $s 10]>"
puts "<[string index $s -1]>"
