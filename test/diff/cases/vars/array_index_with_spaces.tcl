set "a(hello world)" 1
set a(x,y) 2
puts [lsort [array names a]]
set i "hello world"
puts $a($i)
