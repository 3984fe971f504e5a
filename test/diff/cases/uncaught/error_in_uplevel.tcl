proc f {} { uplevel 1 {set missing} }
puts start
f
