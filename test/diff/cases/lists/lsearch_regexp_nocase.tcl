set l {Foo bar BAZ qux}
puts [lsearch -regexp $l {^b}]
puts [lsearch -nocase $l baz]
puts [lsearch -nocase -regexp -all $l {^b}]
puts [lsearch -regexp -inline $l {x$}]
