puts #notacomment
set x a#b
puts $x
puts [list # x]
puts [llength {# a b}]
