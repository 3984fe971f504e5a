proc r {} { r }
puts start
r
