set l {a b c d e}
puts [lreplace $l 1 2]
puts [lreplace $l 1 2 X Y Z]
puts [lreplace $l 0 0 first]
puts [lreplace $l end end]
puts [lreplace $l 2 1 ins]
puts [lreplace $l end+1 end+1 new]
