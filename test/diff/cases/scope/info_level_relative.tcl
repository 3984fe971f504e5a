proc outer {} { inner q }
proc inner {x} { return [info level -1] }
puts [outer]
