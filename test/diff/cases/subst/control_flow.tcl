puts [subst {a[break]b}]
puts [subst {a[continue]b}]
puts [subst {a[return R]b}]
puts [catch {subst {a[error E]b}} m]
puts $m
set n 0
puts [subst {[incr n][incr n][if {$n == 2} break][incr n]}]
puts $n
