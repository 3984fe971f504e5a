set i 0
set out {}
while 1 {
    incr i
    if {$i % 2 == 0} continue
    if {$i > 9} break
    lappend out $i
}
puts $out
