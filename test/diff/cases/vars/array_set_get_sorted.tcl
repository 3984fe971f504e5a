array set colors {red 1 green 2 blue 3}
puts [array size colors]
puts [lsort [array names colors]]
foreach {k v} [lsort -stride 2 [array get colors]] {
    puts "$k=$v"
}
