set s abc
append s def
puts $s
append s 1 2 3
puts $s
append new x
puts $new
puts [append s]
