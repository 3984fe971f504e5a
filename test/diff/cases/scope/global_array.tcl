array set cfg {x 1}
proc f {} { global cfg; set cfg(y) 2; return [array size cfg] }
puts [f]
puts $cfg(y)
