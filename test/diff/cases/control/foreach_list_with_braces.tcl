foreach item {{a b} c {d {e f}}} {
    puts "[llength $item]: $item"
}
