set l {apple banana {c d}}
puts [expr {"apple" in $l}]
puts [expr {"grape" in $l}]
puts [expr {"grape" ni $l}]
puts [expr {"c d" in $l}]
puts [expr {1 in {1 2 3}}]
puts [expr {"1.0" in {1 2}}]
