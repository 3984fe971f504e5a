set recs {{a 1} {b 0} {c 1} {d 0} {e 1}}
puts [lsort -integer -index 1 $recs]
puts [lsort -integer -index 1 -decreasing $recs]
