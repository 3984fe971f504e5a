set a() empty
puts $a()
puts [array names a]
set a(x) 1
puts [array size a]
