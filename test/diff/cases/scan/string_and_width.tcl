puts [scan "hello world" %s]
puts [scan "abcdef" %3s%s]
puts [scan "12345" %2d%3d]
