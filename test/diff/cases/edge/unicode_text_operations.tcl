set s "Grüße, 世界!"
puts [string length $s]
puts [string toupper $s]
puts [string range $s 7 8]
puts [string first 世 $s]
puts [lsort [split "çab" ""]]
puts [string is alpha "ü"]
