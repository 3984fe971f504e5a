set recs {{alice 30} {bob 25} {carol 35}}
puts [lsearch -index 0 $recs bob]
puts [lsearch -index 1 -inline $recs 35]
puts [lsearch -index 1 -all -glob $recs 3*]
