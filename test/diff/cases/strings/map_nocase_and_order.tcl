puts [string map -nocase {A x} aAbA]
puts [string map {a b b a} abab]
puts [string map {hello hi world there} "hello world"]
puts [string map [list " " _ \t T] "a b\tc"]
