proc f {args x} { return "args=$args x=$x" }
puts [f 1 2]
