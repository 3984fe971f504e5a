puts [string is integer -failindex idx 12a4]
puts $idx
puts [string is alpha -failindex i2 abc1]
puts $i2
