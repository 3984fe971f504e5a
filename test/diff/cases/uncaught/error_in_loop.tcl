foreach i {1 2 3 4} {
    puts "i=$i"
    if {$i == 3} { error "stopped at $i" }
}
