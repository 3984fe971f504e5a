set m untouched
puts [regexp {zzz} abc m]
puts $m
