set t 1700000000
puts [clock format $t -gmt 1 -format {%Y-%m-%d %H:%M:%S}]
puts [clock format $t -gmt 1 -format {%j %a %b %A %B}]
puts [clock format $t -gmt 1 -format {%y|%e|%Z}]
