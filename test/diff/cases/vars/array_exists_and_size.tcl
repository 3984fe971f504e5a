puts [array exists nope]
set scalar 1
puts [array exists scalar]
set arr(x) 1
puts [array exists arr]
puts [array size arr]
puts [array size nope]
