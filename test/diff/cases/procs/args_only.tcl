proc f args { return [llength $args] }
puts [f]
puts [f a b c]
proc g {args} { return $args }
puts [g "x y" z]
