set s abcdef
foreach i {e en end-0x1 1--1 "1+1 " " end" 4294967295 2147483648 -2147483649 end-4294967295 1+4294967295 007 0o7 0b10 "end-1 "} {
    puts "<$i> [catch {string index $s $i} m] <$m>"
}
foreach i {08 end-08 09+1 1+09 0o8 1e1 4294967296 "1 +1" "end- 1" end-} {
    puts "<$i> [catch {string index $s $i} m] <$m>"
}
puts [string range abcdef 1 4294967295]
puts [string first c abcdef 4294967295]
puts [string repeat ab 4294967295]x
puts "[catch {string repeat ab 4294967296} m] $m"
