puts [regexp -all -inline -line {^\w+} "one two\nthree four"]
puts [regexp -all -inline {^\w+} "one two\nthree four"]
puts [regexp {\mword\M} "a word here"]
