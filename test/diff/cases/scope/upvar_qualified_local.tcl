# upvar with a namespace-qualified local name links a namespace variable (TclPtrMakeUpvar),
# from a proc as from the global level; a proc-local target is refused.
namespace eval s {}
proc p {} { set x 1; q }
proc q {} { catch {upvar 1 x s::y} m; puts "1: $m" }
p
proc r {} { upvar #0 tcl_platform s::tp; puts "2: [info exists ::s::tp] [info exists s::tp]" }
r
set g 5
upvar #0 g s::gg
puts "3: $s::gg"
proc w {} { upvar #0 nope s::n; puts "4: [info exists s::n]"; set ::nope 3; puts "4b: $s::n" }
w
proc v {} { set s::exist 1; catch {upvar #0 g s::exist} m; puts "5: $m $s::exist" }
v
catch {upvar #0 g ::nonexist::z} m; puts "6: $m"
proc relink {} { upvar #0 g s::gg; set s::gg 9 }
relink
puts "7: $g [lsort [info vars s::*]]"
