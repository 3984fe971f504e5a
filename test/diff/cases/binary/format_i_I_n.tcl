puts [binary encode hex [binary format i 1]]
puts [binary encode hex [binary format I 1]]
puts [binary encode hex [binary format n 16909060]]
puts [binary encode hex [binary format I -2]]
