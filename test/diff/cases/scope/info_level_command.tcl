proc f {x y} { return [info level 0] }
puts [f 1 {2 3}]
proc g {args} { return [info level [info level]] }
puts [g a b]
