puts [string length [string repeat abc 100]]
puts [string range [string repeat 0123456789 10] 95 end]
