foreach args {
    {}
    {a}
    {-bogus a b}
    {-s a b}
    {-start a b}
    {-index a b}
    {-bisect -all a b}
    {-bisect -not a b}
    {-regexp {a b} (}
    {-start x {a b} a}
    {-integer -exact {a b} 1}
    {-integer -exact {1 2} x}
    {-real -exact {1 2} x}
    {-integer -sorted {1 2 3} 2.0}
} {
    puts [catch {lsearch {*}$args} msg]
    puts $msg
}
puts [lsearch -all a]
puts [lsearch -integer {1 2 03 4} 3]
puts [lsearch -exact -integer {1 2 03 4} 3]
puts [lsearch -exact -real {1e1 10} 10.0]
