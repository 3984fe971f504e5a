# continue/break in the start and next clauses of for: the loop's own completion code
set n 0
puts [catch {for {set i 0} {$i < 3} {incr i; continue} { incr n }} m]; puts "<$m> n=$n"
set n 0
puts [catch {for {set i 0} {$i < 3} {incr i; break} { incr n }} m]; puts "<$m> n=$n"
puts [catch {for {set i 0; continue} {$i < 3} {incr i} {}} m]
puts [catch {for {set i 0; break} {$i < 3} {incr i} {}} m]
puts [catch {for {set i 0} {$i < 3} {incr i; error boom} {}} m]; puts $m
proc p1 {} { set n 0; set r [catch {for {set i 0} {$i < 3} {incr i; continue} { incr n }} m]; return "$r n=$n" }
proc p2 {} { set n 0; while {[incr n] < 3} { for {set i 0} {$i < 3} {incr i; continue} {} }; return $n }
proc p3 {} { for {set i 0} {$i < 3} {incr i; continue} {}; return after }
puts [p1]; puts [p2]
puts [catch p3 m]; puts $m
set next {incr i; continue}
puts [catch {for {set i 0} {$i < 3} $next {}} m]
