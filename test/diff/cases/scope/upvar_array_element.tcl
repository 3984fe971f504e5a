array set arr {k old}
proc ch {} { upvar arr(k) e; set e new }
ch
puts $arr(k)
