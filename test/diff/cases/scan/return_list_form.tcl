puts [scan "12 abc 3.5" "%d %s %f"]
puts [scan "x" "%d"]
puts [scan "7 8" "%d%d"]
