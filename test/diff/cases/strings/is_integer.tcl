foreach v {123 -5 +7 0x1F 1.5 abc "" " 12 " 99999999999999999999 010 1e3} {
    puts "<$v> [string is integer $v] [string is integer -strict $v]"
}
