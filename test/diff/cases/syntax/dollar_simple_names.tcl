set abc 1
set a_b 2
set a1 3
puts $abc-$a_b-$a1
puts $abc.$a1
puts "$abc:x"
