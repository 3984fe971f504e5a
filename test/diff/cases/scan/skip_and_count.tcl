puts [scan "1 2 3" "%d %*d %d"]
puts [scan "a b" "%s %n" x pos]
puts "$x $pos"
