puts [binary encode hex [binary format c3 {1 2 255}]]
puts [binary encode hex [binary format s 258]]
puts [binary encode hex [binary format S 258]]
puts [binary encode hex [binary format s2 {1 -1}]]
