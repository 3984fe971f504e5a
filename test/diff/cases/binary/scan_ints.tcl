binary scan [binary format c 200] c v
puts $v
binary scan [binary format c 200] cu v
puts $v
binary scan [binary format S 65535] S v
puts $v
binary scan [binary format I 305419896] I v
puts $v
binary scan [binary format i 305419896] I v
puts $v
