set s "hello world"
puts [string range $s 0 4]
puts [string range $s 6 end]
puts [string range $s end-4 end]
puts "<[string range $s 5 2]>"
puts [string range $s -5 2]
puts [string range $s 8 100]
