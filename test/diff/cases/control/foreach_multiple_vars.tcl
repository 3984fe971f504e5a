foreach {a b} {1 2 3 4 5} {
    puts "a=$a b=<$b>"
}
