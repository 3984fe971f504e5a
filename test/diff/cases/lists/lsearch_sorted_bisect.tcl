puts [lsearch -sorted -bisect -integer {1 3 5 7} 4]
puts [lsearch -sorted -bisect -integer {1 3 5 7} 0]
