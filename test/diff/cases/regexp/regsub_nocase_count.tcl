puts [regsub -all -nocase {a} "AbaB" _]
puts [regsub -all {a} "banana" A result]
puts $result
puts [regsub {q} "banana" Q r2]
puts $r2
