foreach t {1704067200 1703980800 1609459200 1230768000 0} {
    puts [clock format $t -gmt 1 -format {%G-W%V-%u %g %U %W %j %J}]
}
puts [clock format 1700000000 -gmt 1 -format {%c|%x|%X|%D|%T|%R|%r}]
puts [clock format 1700000000 -gmt 1 -format {%e|%k|%l|%N|%C|%s|%Q}]
puts [clock format 1700000000 -timezone :UTC -format {%Z %z}]
