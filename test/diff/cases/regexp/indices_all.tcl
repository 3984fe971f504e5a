puts [regexp -all -indices -inline {(\d)(x)?} "1x2y3"]
puts [regexp -indices -inline {(a)|(b)} "b"]
regexp -indices -start 2 {(c+)} "abccd" all g
puts "$all $g"
puts [regexp -all -indices -inline {} "ab"]
