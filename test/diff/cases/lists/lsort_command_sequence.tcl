# The merge sort's comparison sequence is visible through -command.
proc cmp {a b} {
    puts -nonewline "($a,$b)"
    string compare $a $b
}
puts " [lsort -command cmp {e d c b a}]"
puts " [lsort -command cmp {3 1 4 1 5 9 2 6 5 3 5}]"
puts " [lsort -command cmp -unique {b a b a c}]"
puts " [lsort -command cmp -decreasing {a c b}]"
proc num {a b} { expr {$a - $b} }
puts [lsort -command num {10 2 33 4}]
puts [lsort -command {string compare} {b c a}]
