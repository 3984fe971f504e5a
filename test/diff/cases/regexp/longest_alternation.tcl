# Tcl prefers the longest match among alternatives at the leftmost position.
puts [regexp -inline {cat|category} category]
puts [regexp -all -inline {a|ab|abc} abcab]
puts [regsub -all {GET|GETS} "GETS GET" X]
puts [regexp -inline -nocase {(get|gets) } "GETS /"]
