proc b {} { return -code break }
proc c {} { return -code continue }
set out {}
foreach i {1 2 3 4} {
    if {$i == 2} { c }
    if {$i == 4} { b }
    lappend out $i
}
puts $out
puts [catch b]
puts [catch c]
