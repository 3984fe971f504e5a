set w "   \t\n  "
puts [llength $w]
puts "<[lsort $w]>"
foreach x $w { puts never }
puts done
