puts [string compare "é" "e"]
puts [string compare "z" "é"]
puts [string equal -nocase "É" "é"]
