set orig [list "a b" "{" "\\" "\$x" "" "c\"d" "}"]
set s "$orig"
puts [llength $s]
foreach e $s { puts "<$e>" }
