puts [binary encode hex [binary format f 1.5]]
puts [binary encode hex [binary format d -0.25]]
puts [binary encode hex [binary format R 2.5]]
puts [binary encode hex [binary format Q 2.5]]
puts [binary encode hex [binary format w -2]]
puts [binary encode hex [binary format W 1]]
binary scan [binary format f 1.1] f v; puts $v
binary scan [binary format d 3.25] d v; puts $v
binary scan [binary format w -5] wu v; puts $v
binary scan [binary format W 123456789012] W v; puts $v
