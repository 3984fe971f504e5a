foreach len {-1 0 1 2 3 10} {
    puts "$len [string compare -length $len abcd abcx] [string equal -length $len abcd abcx] [string compare -nocase -length $len ABCD abcx]"
}
puts [string compare a\0 a]
puts [string compare "\0" "\x01"]
puts [string compare -nocase "é" "Éx"]
puts [string equal -nocase -length 2 ABx abY]
puts "[catch {string compare -length 2.5 a b} m] $m"
puts "[catch {string compare -length 99999999999 a b} m] $m"
