foreach c [list "\a" "\b" "\f" "\n" "\r" "\t" "\v"] {
    scan $c %c code
    puts -nonewline "$code "
}
puts ""
puts "q\"q b\\b o\{ c\} l\[ r\] d\$"
