set a 1
puts "{$a}"
puts "\[not a command\]"
puts "[list a b] and [llength {x y z}]"
