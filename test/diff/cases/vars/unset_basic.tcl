set a 1
unset a
puts [info exists a]
set b 1; set c 2
unset b c
puts [info exists b][info exists c]
