set rest [lassign {1 2 3 4} a b]
puts "$a $b | $rest"
lassign {x} p q
puts "<$p> <$q>"
puts "<[lassign {a b} c d]>"
