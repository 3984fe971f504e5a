puts [string repeat ab 3]
puts "<[string repeat x 0]>"
puts "<[string repeat "" 5]>"
puts [string reverse hello]
puts "<[string reverse ""]>"
