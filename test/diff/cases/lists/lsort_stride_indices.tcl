puts [lsort -stride 2 {b 1 a 2 c 0}]
puts [lsort -stride 2 -index 1 -integer {b 1 a 2 c 0}]
puts [lsort -stride 2 -index end -integer -decreasing {b 1 a 2 c 0}]
puts [lsort -stride 2 -unique {a 1 b 2 a 3}]
puts [lsort -stride 3 -index {1 0} {x {b q} 1 y {a r} 2}]
puts [lsort -indices {c a b}]
puts [lsort -indices -unique {c a b a}]
puts [lsort -stride 2 -indices {b 1 a 2}]
puts [lsort -stride 2 -index 1 -indices -decreasing {a 1 b 2}]
foreach args {{-stride 1 {a b}} {-stride 2 {a b c}} {-stride 2 -index 2 {a b c d}} {-stride x {a b}} {-stride 2 -index -1 {a b}}} {
    catch {lsort {*}$args} msg
    puts $msg
}
puts "<[lsort -stride 3 {}]>"
