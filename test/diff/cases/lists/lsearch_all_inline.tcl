set l {apple banana cherry banana avocado}
puts [lsearch -all $l banana]
puts [lsearch -all $l a*]
puts [lsearch -inline $l c*]
puts [lsearch -all -inline $l a*]
puts "<[lsearch -inline $l zzz]>"
