set cmd [list puts "two words"]
eval $cmd
set args [list a "b c"]
eval [list lappend l] $args
puts [llength $l]
eval lappend l2 $args
puts [llength $l2]
