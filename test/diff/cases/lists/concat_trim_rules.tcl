puts [concat [list a b] [list #c d]]
puts [concat {#a b} {#c}]
puts <[concat " a\\ " b]>
puts <[concat "a\\  " b]>
puts <[concat "  " "" "\t b \n"]>
puts <[concat {a {b c}} { } {d}]>
puts [llength [concat {a b} "c {d e}"]]
