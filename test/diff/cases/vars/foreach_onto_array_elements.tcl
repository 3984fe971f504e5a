# foreach loop variables that are array elements, and onto a name that is an array
foreach a(x) {1 2 3} { puts "a(x)=$a(x)" }
puts [array get a]
foreach {k v(1)} {p q r s} { puts "$k $v(1)" }
foreach {m(a) m(b)} {1 2 3} {}
puts [lsort -stride 2 [array get m]]
set i 7
foreach arr($i) {x y} {}
puts [array names arr]
array set z {a 1}
puts [catch {foreach z {1 2} {}} msg]; puts $msg
puts [catch {foreach {q z} {1 2} {}} msg]; puts $msg
set s scalar
puts [catch {foreach s(1) {1} {}} msg]; puts $msg
proc p {} { foreach b(k) {u v} {}; return [array get b] }
puts [p]
