regexp {(?:ab)+(c)} "ababc" all c
puts "$all $c"
puts [regexp -inline {(?:x|y)+} "xyxz"]
