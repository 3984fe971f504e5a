puts [regsub -all {x*} "abc" -]
puts [regsub -all {y?} "ab" .]
