set a(n) 1
incr a(n)
append a(s) x y
lappend a(l) 1 2
puts "$a(n) $a(s) $a(l)"
unset a(n)
puts [lsort [array names a]]
