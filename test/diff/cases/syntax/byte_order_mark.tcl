# tclsh drops a byte-order mark at the start of a source file.
puts "after the mark"
