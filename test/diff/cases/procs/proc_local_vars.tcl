set x global
proc f {} { set x local; return $x }
puts [f]
puts $x
proc g {} { return [info exists x] }
puts [g]
