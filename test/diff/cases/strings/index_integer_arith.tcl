set s 0123456789
puts [string index $s 3-1]
puts [string index $s end-0]
puts [string range $s 1+1 end-2]
puts [string index $s 0x3]
