# ${arr(key)} reads an element; the index inside braces is not substituted
set arr(key) kv
puts ${arr(key)}
set i 2
set arr(2) two
set {arr($i)} literal
puts ${arr($i)}
puts [catch {unset {arr($i)}; puts ${arr($i)}} m]; puts $m
puts "<${arr(key)}>"
puts [catch {puts ${nope(x)}} m]; puts $m
set plain 5
puts [catch {puts ${plain(x)}} m]; puts $m
proc p {} { set loc(a b) sp; return ${loc(a b)} }
puts [p]
