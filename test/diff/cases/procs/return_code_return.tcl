proc inner {} { return -code return "from inner" }
proc outer {} { inner; return "not reached" }
puts [outer]
