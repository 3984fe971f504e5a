set text "line one\nline two\n\nline four"
set n 0
foreach line [split $text \n] {
    incr n
    puts "$n: <$line>"
}
