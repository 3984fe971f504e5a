proc setit {varName val} { upvar $varName v; set v $val }
setit foo 42
puts $foo
proc inc2 {name} { upvar 1 $name x; incr x 2 }
set n 1
inc2 n
puts $n
