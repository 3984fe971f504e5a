proc cmp {a b} { error "cmp failed" }
puts [catch {lsort -command cmp {b a}} msg]
puts $msg
puts [catch {lsort -integer {1 x 3}} msg]
puts $msg
