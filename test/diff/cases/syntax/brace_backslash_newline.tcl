set s {one \
    two}
puts $s
puts [string length $s]
set t {a\}b}
puts $t
puts [string length $t]
