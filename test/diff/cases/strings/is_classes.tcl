foreach cls {digit alpha alnum space upper lower xdigit} {
    set r {}
    foreach v {123 abc ABC a1 " \t" ff0 ""} {
        lappend r [string is $cls $v]
    }
    puts "$cls: $r"
}
