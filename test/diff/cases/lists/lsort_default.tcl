puts [lsort {banana apple Cherry date}]
puts [lsort {10 9 100 1}]
puts [lsort {}]
puts [lsort {b a B A}]
