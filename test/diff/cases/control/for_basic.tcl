for {set i 0} {$i < 5} {incr i} { puts -nonewline "$i " }
puts ""
for {set i 10} {$i > 0} {set i [expr {$i - 3}]} { puts -nonewline "$i " }
puts ""
