puts [string map {abc 1 ab 2 a 3} abcabx]
puts [string map {a 3 ab 2 abc 1} abcabx]
puts [string map {"" x a y} aaa]
puts [string map {a b b a} abba]
puts [string map -nocase {AB x} aBabAB]
puts [string map -nocase {é E} "éÉé"]
puts [string map {a {} b {}} abcab]
puts "[catch {string map {a b c} abc} m] $m"
puts "[catch {string map -nocas {a b} abc} m] $m"
puts "[catch {string map - {a b} abc} m] $m"
