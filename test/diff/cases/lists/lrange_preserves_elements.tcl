set l [list "a b" "{" "c"]
puts [lrange $l 0 1]
puts [lrange $l 1 end]
