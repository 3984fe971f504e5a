proc needs2 {a b} { return $a$b }
puts [needs2 x y]
needs2 only
