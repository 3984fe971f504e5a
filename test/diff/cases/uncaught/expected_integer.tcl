set x abc
puts "x=$x"
incr x
