puts [scan "10 20" "%d %d" a b]
puts "$a $b"
puts [scan "10" "%d %d" c d]
puts "$c [info exists d]"
puts [scan "abc" "%d" e]
