set l [list {a*} {b?} {[c]}]
puts [lsearch -exact $l {[c]}]
puts [lsearch $l {\[c\]}]
puts [lsearch -exact $l a*]
