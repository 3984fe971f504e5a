proc f {} { uplevel 1 {expr {$v * 2}} }
set v 21
puts [f]
