puts [lsort -real {3 1.5 2e0 -1 0.5}]
puts [lsort -real -decreasing {3 1.5 2e0}]
