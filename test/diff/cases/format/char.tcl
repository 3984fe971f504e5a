puts [format %c 65]
puts [format %c 97][format %c 98]
puts [format %c 233]
puts [format %c 0x4e2d]
