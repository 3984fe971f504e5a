puts [regexp -inline {\w+(?=!)} "hi there!"]
puts [regexp -inline {foo(?!bar)\w*} "foobar foobaz"]
