puts [expr {"abc" eq "abc" ? "same" : "diff"}]
puts [expr {[string length "hello"] + 1}]
puts [expr {"x" in [list a x]}]
