set out {}
for {set i 0} {$i < 20} {incr i} {
    if {$i % 3 == 0} continue
    if {$i > 10} break
    lappend out $i
}
puts $out
puts $i
