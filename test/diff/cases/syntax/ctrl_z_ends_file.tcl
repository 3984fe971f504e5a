# ^Z is the end-of-file character of a Tcl source file: nothing after it runs.
puts "before ^Z"
puts "after ^Z"
error "never reached"
