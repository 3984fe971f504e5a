foreach spec {%g %#g %.3g %#.3g %.0g %#.0g %G %#10.4g %-12.3e| %+.2E} {
    set out {}
    foreach v {0 100000 999999.5 1000000 0.0001 0.00001 99.5 9.5 123456789 1e-10 -0.0} {
        lappend out [format $spec $v]
    }
    puts "$spec: $out"
}
