puts [catch {expr {1 + 1}} r]
puts $r
puts [catch {error oops} r]
puts $r
puts [catch {set nosuch} r]
puts $r
