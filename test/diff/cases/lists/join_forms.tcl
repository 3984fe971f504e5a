puts [join {a b c}]
puts [join {a b c} ,]
puts [join {a b c} ", "]
puts [join {{a b} c}]
puts "<[join {} -]>"
puts [join {x} -]
