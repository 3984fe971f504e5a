puts [clock format 1700000000 -gmt 1]
