puts [binary scan "ab" a3 x]
puts [binary scan "abcd" a2 x a3 y]
puts "$x [info exists y]"
puts [binary scan "abcd" x2a* r]
puts $r
puts [binary scan "abcd" @1a2X1a1 p q]
puts "$p $q"
puts [catch {binary scan abc a} m]
puts $m
