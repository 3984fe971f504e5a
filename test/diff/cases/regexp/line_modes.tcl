set s "first line\r\nsecond\nthird"
puts [regexp -all -inline -line {^\w+$} $s]
puts [regexp -all -inline -lineanchor {^\w+} $s]
puts [regexp -inline -linestop {s.*} $s]
puts [regexp -inline {s.*d$} $s]
puts [regsub -all -line {^} "a\nb\nc" "> "]
