puts [string compare 10 9]
puts [string compare 9 10]
puts [string equal 1 1.0]
puts [string compare -nocase -length 3 ABCD abcx]
