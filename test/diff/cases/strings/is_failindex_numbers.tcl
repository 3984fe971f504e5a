# -failindex for numeric classes: where the number stops, -1 on overflow.
foreach v {12a4 " 12 " 08 0x 1e3 4294967296 -4294967295 99999999999999999999 "  " 0b102} {
    set r [list]
    foreach cls {integer wideinteger entier double} {
        unset -nocomplain at
        lappend r $cls=[string is $cls -failindex at $v]/[expr {[info exists at] ? $at : "-"}]
    }
    puts "<$v> $r"
}
foreach v {1.5x 1e 1e+ .5 5. nan inf Inf1 1..5 -} {
    unset -nocomplain at
    puts "<$v> [string is double -failindex at $v] [expr {[info exists at] ? $at : "-"}]"
}
