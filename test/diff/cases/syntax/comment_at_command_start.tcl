# this is a comment
puts one
    # indented comment
puts two ;# trailing comment after semicolon
puts three; # another
