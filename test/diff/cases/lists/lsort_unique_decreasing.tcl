puts [lsort -unique {c a b a c}]
puts [lsort -decreasing {a c b}]
puts [lsort -unique -integer {3 1 03 2 1}]
