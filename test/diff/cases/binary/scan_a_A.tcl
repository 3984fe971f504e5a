binary scan "abc  " a* x
puts "<$x>"
binary scan "abc  " A* y
puts "<$y>"
binary scan "hello" a2a* p q
puts "$p $q"
