array set a {k1 v1 k2 v2 other v3}
puts [lsort -stride 2 [array get a k*]]
puts [array get nosuch]
