foreach v {1 0 true false yes no on off TRUE abc 2 ""} {
    puts "<$v> [string is boolean $v] [string is true $v] [string is false $v] [string is boolean -strict $v]"
}
