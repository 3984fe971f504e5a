puts [lsort -integer {10 9 100 1 -5}]
puts [lsort -real {1.5 -2 10 3.25 1e1}]
puts [lsort -integer -decreasing {3 1 2}]
puts [lsort -integer {0x10 5 010}]
