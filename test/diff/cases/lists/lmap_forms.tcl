puts [lmap x {1 2 3 4} {expr {$x * $x}}]
puts [lmap x {1 2 3 4} {if {$x == 3} break; set x}]
puts [lmap x {1 2 3 4} {if {$x % 2} continue; set x}]
puts [lmap {x y} {1 2 3} {list $x $y}]
puts [lmap x {1 2} y {a b c} {list $x $y}]
puts [catch {lmap {} {1 2} {}} msg]; puts $msg
puts [catch {lmap x {1 2}} msg]; puts $msg
proc first {l} { lmap x $l { return $x } }
puts [first {q r}]
set body {string toupper $x}
puts [lmap x {a b} $body]
puts [lmap a(k) {1 2} {set a(k)}]
