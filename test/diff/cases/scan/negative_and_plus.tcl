puts [scan -42 %d]
puts [scan +7 %d]
puts [scan "  9" %d]
puts [scan "-0x10" %x]
