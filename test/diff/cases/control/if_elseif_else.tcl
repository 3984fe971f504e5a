foreach x {-5 0 5 50} {
    if {$x < 0} {
        puts "$x negative"
    } elseif {$x == 0} {
        puts "$x zero"
    } elseif {$x < 10} {
        puts "$x small"
    } else {
        puts "$x big"
    }
}
