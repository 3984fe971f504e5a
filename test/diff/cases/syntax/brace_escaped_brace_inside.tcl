set s {x \{ y}
puts $s
set t {p \n q}
puts $t
puts [string length $t]
