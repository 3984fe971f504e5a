puts [format "|%*d|" 6 42]
puts [format "|%-*s|" 6 ab]
puts [format "|%.*f|" 2 3.14159]
puts [format "|%*.*f|" 8 3 2.5]
