proc greet {name {greeting Hello}} {
    return "$greeting, $name"
}
puts [greet Bob]
puts [greet Bob Hi]
proc two {{a 1} {b 2}} { return "$a $b" }
puts [two]
puts [two x]
puts [two x y]
