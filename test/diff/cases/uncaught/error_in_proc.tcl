proc inner {x} { error "inner failed with $x" }
proc outer {} { inner 42 }
puts calling
outer
puts never
