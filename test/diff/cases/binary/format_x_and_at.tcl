puts [binary encode hex [binary format a2x2a1 ab c]]
puts [binary encode hex [binary format a1@4a1 x y]]
