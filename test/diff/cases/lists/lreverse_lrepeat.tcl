puts [lreverse {a b c}]
puts [lreverse {}]
puts [lreverse {{a b} c}]
puts [lrepeat 3 x]
puts [lrepeat 2 a b]
puts "<[lrepeat 0 a]>"
