puts "before"
set a 1
puts $a
puts $undefined_var
puts "never"
