proc fact {n} {
    if {$n <= 1} { return 1 }
    return [expr {$n * [fact [expr {$n - 1}]]}]
}
puts [fact 5]
puts [fact 20]
puts [fact 25]
