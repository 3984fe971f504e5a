puts [catch {lsort -bogus {a b}} msg]
puts $msg
puts [catch {lsearch -bogus {a b} a} msg]
puts $msg
