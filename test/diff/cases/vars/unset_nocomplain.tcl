unset -nocomplain nosuch
puts ok
set x 1
unset -nocomplain x
puts [info exists x]
unset -nocomplain -- y
puts done
