foreach v {a b c d} {
    switch $v {
        a -
        b { puts "$v: a or b" }
        c -
        default { puts "$v: c or default" }
    }
}
