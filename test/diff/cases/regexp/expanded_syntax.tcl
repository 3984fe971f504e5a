puts [regexp -expanded {
    ^ (\d+)   # number
    \s* - \s*
    (\d+) $   # another
} "12 - 34" all a b]
puts "$a $b"
