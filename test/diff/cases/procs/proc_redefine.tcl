proc f {} { return one }
puts [f]
proc f {} { return two }
puts [f]
proc f {x} { return three$x }
puts [f !]
