set recs {{alice 30} {bob 25} {carol 35} {dave 25}}
puts [lsort -index 1 -integer $recs]
puts [lsort -index 0 -decreasing $recs]
puts [lsort -index end $recs]
