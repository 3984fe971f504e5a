puts [string cat a b c]
puts "<[string cat]>"
puts [string cat "a b" {c d}]
