set out {}
foreach i {1 2 3} {
    foreach j {1 2 3} {
        if {$j > $i} break
        lappend out $i$j
    }
}
puts $out
