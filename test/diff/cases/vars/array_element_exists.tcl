set a(1) one
puts [info exists a(1)]
puts [info exists a(2)]
puts [info exists a]
puts [info exists b(1)]
