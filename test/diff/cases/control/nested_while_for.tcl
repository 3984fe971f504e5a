set res {}
set i 0
while {$i < 3} {
    for {set j 0} {$j < 3} {incr j} {
        if {$j == $i} continue
        lappend res "$i,$j"
    }
    incr i
}
puts $res
