set name World
set n 3
puts "Hello, $name! n=$n sum=[expr {$n + 4}]"
puts "tab:\tend"
puts "brace { inside quotes"
puts "semi ; inside quotes"
