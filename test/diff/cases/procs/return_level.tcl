proc inner {} { return -level 2 "early" }
proc outer {} { inner; return "late" }
puts [outer]
proc lvl0 {} { return -level 0 -code ok val }
puts [lvl0]
