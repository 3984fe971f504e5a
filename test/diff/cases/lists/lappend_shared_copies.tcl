# Long lists built with lappend: copies taken along the way never change.
set a {}
for {set i 0} {$i < 100} {incr i} { lappend a $i }
set b $a
lappend a x
lappend b y
puts "[llength $a] [lindex $a end] [llength $b] [lindex $b end] [lindex $a 99]"
set c [list $a]
lappend a z
puts "[llength [lindex $c 0]] [llength $a]"
set n 0
foreach x $b { lappend b $x; incr n }
puts "$n [llength $b]"
proc grow {name} { upvar 1 $name l; lappend l end }
grow a
puts [lrange $a end-2 end]
set arr(k) {}
for {set i 0} {$i < 40} {incr i} { lappend arr(k) $i }
puts [llength $arr(k)]
