foreach x {1 2 3} y {a b} {
    puts "$x-<$y>"
}
