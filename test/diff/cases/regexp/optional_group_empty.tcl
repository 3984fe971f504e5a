regexp {(a)|(b)} b all g1 g2
puts "<$all><$g1><$g2>"
regexp -indices {(a)|(b)} b all g1 g2
puts "$all $g1 $g2"
