# return's option values: -options must be a dict, -errorcode a list, and -code/-level
# integers are read as 32-bit ints (4294967295 wraps to -1, wider is refused).
proc show {script} {
    set c [catch {uplevel 1 $script} m o]
    puts "$c: $m | [dict get $o -code] [dict get $o -level]"
    if {[dict exists $o -errorcode]} { puts "   errorcode: [dict get $o -errorcode]" }
}
show {return -options {a} m}
show {return -options "a \{" m}
show {return -options {a b c} m}
show {return -options {} m}
show {return -options {-options {-code 3}} m}
show {return -options {-errorcode "a \{"} x}
show {return -code error -errorcode "a \{" x}
show {return -code error -errorcode "a \{" -errorcode "b c" x}
foreach v {2147483647 2147483648 4294967295 4294967296 -2147483649 -4294967296 " 3 " 1e2} {
    show [list return -code $v x]
}
foreach v {2147483647 2147483648 4294967295} {
    show [list return -level $v x]
}
