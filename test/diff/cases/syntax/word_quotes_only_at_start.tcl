puts a"b"c
set x a"b
puts $x
puts [string length $x]
puts a{b}c
