# \ooo in every place backslashes are read: quotes, bare words, lists, subst, expr strings, format
set a \777x
puts [string length $a]:[scan [string index $a 0] %c]
puts [string length "\101\1012\10123"]
puts [llength [list \400 "\477"]]
set l {\777 \400}
puts [string length [lindex $l 0]]:[string length [lindex $l 1]]
puts [string length [subst -nocommands {\777\400}]]
puts [expr {"\400" eq " 0"}]
puts [format %s \3770]
puts [string map [list "\777" X] "a?7b"]
puts [split "a\400b" " "]
