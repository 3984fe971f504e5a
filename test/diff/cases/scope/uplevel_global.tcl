proc f {} { uplevel #0 {set created_global 7} }
proc g {} { f }
g
puts $created_global
