proc show {} { return [info level] }
proc wrap {} { show }
puts [info level]
puts [show]
puts [wrap]
