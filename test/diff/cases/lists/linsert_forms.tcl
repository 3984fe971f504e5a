set l {a b c}
puts [linsert $l 0 X]
puts [linsert $l end Y]
puts [linsert $l 1 P Q]
puts [linsert $l end-1 Z]
puts [linsert $l 100 W]
puts [linsert {} 0 "x y"]
