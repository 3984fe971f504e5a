set fmt {%Y-%m-%d %H:%M:%S}
foreach s {{1999-12-31 23:59:59} {2024-02-29 12:00:00} {1970-01-01 00:00:01}} {
    set t [clock scan $s -format $fmt -gmt 1]
    puts "$t [clock format $t -format $fmt -gmt 1]"
}
