set i 0
set out {}
while {$i < 5} {
    lappend out $i
    incr i
}
puts $out
puts "<[while {0} {}]>"
