set l {a b c d e}
puts [lrange $l 1 3]
puts [lrange $l 2 end]
puts [lrange $l end-1 end]
puts "<[lrange $l 3 1]>"
puts [lrange $l -5 1]
puts [lrange {{a b} c {d e}} 0 0]
