puts [regsub -start 3 {a} "banana" X]
puts [regsub -all {^} "abc" >]
puts [regsub -all {$} "abc" <]
puts [regsub -all {b*} "abc" -]
