puts [regexp -start 3 {a} banana]
regexp -start 2 -indices {a} banana r
puts $r
puts [regexp -inline -start 4 {\w+} "abc def"]
