set arr(one) 1
set arr(two) 2
set k two
puts $arr(one)
puts $arr($k)
puts "[set arr(one)]"
puts "val=$arr(two)!"
