proc each {varName list body} {
    upvar 1 $varName v
    foreach v $list { uplevel 1 $body }
}
set total 0
each n {1 2 3 4} { incr total $n }
puts $total
