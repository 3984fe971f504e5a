array set cfg {a 1}
puts [array size cfg]
set cfg 5
