puts [string index abc 1]
puts [string index abc bogus]
