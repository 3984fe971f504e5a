puts [list {*}]
puts [list *]
puts [list {*}x]
puts [llength [list {*}x]]
