set l {a b c}
puts [llength [list $l]]
puts [llength [list {*}$l]]
puts [list {*}$l d {*}{e f}]
