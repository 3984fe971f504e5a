puts [apply {{x y} {expr {$x + $y}}} 3 4]
set square {{n} {expr {$n * $n}}}
puts [apply $square 9]
puts [lmap v {1 2 3 4} {apply $square $v}]
puts [apply {{} {return "no args"}}]
puts [apply {{} {set local 5; info exists local}}]
# the lambda's variables are its own
set n outer
apply {{n} {set n inner}} x
puts $n
# return ends only the lambda
puts [apply {{x} {if {$x > 1} { return "stopped at $x" }; return end}} 2]
