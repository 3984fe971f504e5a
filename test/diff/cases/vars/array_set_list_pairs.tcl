set pairs [list "a b" 1 c "2 3"]
array set arr $pairs
puts $arr(a\ b)
puts $arr(c)
puts [llength $arr(c)]
