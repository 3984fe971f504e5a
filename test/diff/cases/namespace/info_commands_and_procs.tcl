namespace eval geo {
    proc area {w h} { expr {$w * $h} }
    proc perimeter {w h} { expr {2 * ($w + $h)} }
    variable unit cm
    variable scale 2
}
proc toplevel_proc {} {}
puts [lsort [info procs geo::*]]
puts [lsort [info procs ::geo::a*]]
puts [lsort [info commands geo::p*]]
puts [namespace eval geo {lsort [info procs]}]
puts [namespace eval geo {info commands area}]
puts [namespace eval geo {info commands set}]
puts [info procs toplevel_*]
puts [lsort [info vars geo::*]]
puts [info vars ::geo::u*]
puts [info commands nowhere::*]
puts [info procs area]
puts [info args geo::area]
puts [namespace eval geo {info body perimeter}]
