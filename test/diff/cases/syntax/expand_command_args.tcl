set args {1 2 3}
puts [expr {[llength [list x {*}$args y]]}]
set cmd {string toupper}
puts [{*}$cmd hello]
puts [list {*}{} z]
