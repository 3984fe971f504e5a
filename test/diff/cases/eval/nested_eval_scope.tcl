proc f {} { eval {set local 7}; return $local }
puts [f]
set g 1
eval {incr g}
puts $g
