regexp -indices {b+} aabbbcc r
puts $r
regexp -indices {(a+)(x)?} aab all sub1 sub2
puts "$all $sub1 $sub2"
