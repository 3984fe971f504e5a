puts $
puts "cost: $ 5"
puts a$
set x 1
puts "$x$"
