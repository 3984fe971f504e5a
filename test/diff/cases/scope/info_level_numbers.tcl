proc a {} { puts "a:[info level]"; b }
proc b {} { puts "b:[info level]"; c }
proc c {} { puts "c:[info level]" }
puts "top:[info level]"
a
