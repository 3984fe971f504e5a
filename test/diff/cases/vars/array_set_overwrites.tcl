array set a {k 1}
array set a {k 2 j 3}
puts $a(k)
puts $a(j)
array set a {}
puts [array size a]
