set a 1
array set arr {k v}
puts [info exists a]
puts [info exists arr]
puts [info exists arr(k)]
puts [info exists arr(z)]
puts [info exists nope]
