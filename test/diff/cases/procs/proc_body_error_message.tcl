proc f {a} { expr {$a + 1} }
puts [catch {f abc} m]
puts $m
