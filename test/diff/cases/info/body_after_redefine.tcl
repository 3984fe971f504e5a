proc f {x} {expr {$x + 1}}
puts [info body f]
proc f {x y} {return $x$y}
puts [info args f]
puts [info body f]
