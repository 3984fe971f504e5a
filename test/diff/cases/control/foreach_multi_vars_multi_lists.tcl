foreach {a b} {1 2 3 4} c {x y z} {
    puts "$a $b $c"
}
