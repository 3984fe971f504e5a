puts "step 1"
puts "step 2"
error "explicit failure"
