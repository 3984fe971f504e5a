set n 0
puts "dividing"
puts [expr {10 / $n}]
