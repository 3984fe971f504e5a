puts [regexp -inline {(\d+)-(\d+)} "range 10-20 here"]
puts [regexp -all -inline {\d+} "a1b22c333"]
puts [regexp -all -inline {(\w)(\d)} "a1 b2 c3"]
puts "<[regexp -inline {zzz} abc]>"
