# -unique keeps the last of each run of equal elements.
puts [lsort -unique {c a b a c}]
puts [lsort -unique -integer {3 1 03 2 1 0x3}]
puts [lsort -unique -real {1 1.0 2 2e0}]
puts [lsort -unique -nocase {b A a B}]
puts [lsort -unique -index 0 {{a 1} {b 2} {a 3}}]
puts [lsort -unique -dictionary {a A a}]
puts [lsort -decreasing -unique {a b a}]
