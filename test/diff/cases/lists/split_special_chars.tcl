puts [split "a{b}c" {}]
puts [split "x y" {}]
puts [split {a"b"c} \"]
