regexp {<.+>} "<a><b>" g
regexp {<.+?>} "<a><b>" ng
puts $g
puts $ng
regexp {a*?b} "aaab" m
puts $m
