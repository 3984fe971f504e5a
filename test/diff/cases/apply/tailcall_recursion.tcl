# Tail calls do not grow the stack: deeper than the nesting limit of ordinary recursion.
proc countdown {n} {
    if {$n == 0} { return done }
    tailcall countdown [expr {$n - 1}]
}
puts [countdown 3000]
proc fact {n {acc 1}} {
    if {$n <= 1} { return $acc }
    tailcall fact [expr {$n - 1}] [expr {$acc * $n}]
}
puts [fact 20]
proc even {n} { if {$n == 0} { return 1 }; tailcall odd [expr {$n - 1}] }
proc odd {n} { if {$n == 0} { return 0 }; tailcall even [expr {$n - 1}] }
puts "[even 2001] [odd 2001]"
