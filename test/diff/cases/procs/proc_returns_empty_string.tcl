proc f {} { return "" }
puts "<[f]>"
puts [string length [f]]
