proc f {{x "a b"} {y {}}} { return "[llength $x]:<$y>" }
puts [f]
puts [f one two]
