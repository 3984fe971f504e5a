set e {}
puts [llength [list {*}$e]]
puts [list {*}[list a {b c}] d]
puts [llength [list {*}[list a {b c}] d]]
