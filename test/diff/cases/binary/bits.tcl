puts [binary encode hex [binary format b8B8 10000000 10000000]]
puts [binary encode hex [binary format b3 111]]
binary scan \x05\xa0 b*B* lo hi
puts "$lo $hi"
puts [catch {binary format B 2} m]
puts $m
