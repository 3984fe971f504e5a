set l {a b a c a}
puts [lsearch -not $l a]
puts [lsearch -all -not $l a]
puts [lsearch -start 1 $l a]
puts [lsearch -start 3 $l a]
puts [lsearch -all -start 1 $l a]
