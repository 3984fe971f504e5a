puts [eval {expr {3 * 4}}]
puts [eval list a b c]
puts "<[eval {}]>"
