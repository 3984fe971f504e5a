foreach c {{clock format x} {clock format 1 -foo 1} {clock foo} {clock format 1 -gmt 1 -timezone :UTC} {clock scan 1 -bar 2}} {
    puts [catch $c m]
    puts $m
}
