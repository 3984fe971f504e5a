puts [regexp -nocase {hello} "HeLLo world"]
puts [regexp {hello} "HeLLo world"]
regexp -nocase {(W\w+)} "HeLLo world" m
puts $m
