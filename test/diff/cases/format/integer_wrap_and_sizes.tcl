foreach v {12345678901234567890 18446744073709551615 -18446744073709551615 9223372036854775808 -1 70000 -32769 0x7f 077} {
    puts "$v: [format {%d %ld %lld %hd %u %hu %x %llx %o %b} $v $v $v $v $v $v $v $v $v $v]"
}
puts [catch {format %llu 1} m]/$m
puts [format %+llx 255]
puts [format "%#x %#X %#o %#b %#o %#x" 255 255 8 5 0 0]
puts [format %.5x 255]
puts [format %#.5o 8]
puts [format %08.3d 5]
