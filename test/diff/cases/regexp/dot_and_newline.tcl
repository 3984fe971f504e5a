puts [regexp {a.b} "a\nb"]
puts [regexp -line {a.b} "a\nb"]
puts [regexp {a.b} "axb"]
