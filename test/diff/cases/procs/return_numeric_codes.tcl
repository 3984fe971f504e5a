proc f {c} { return -code $c "v$c" }
foreach c {0 1 2 3 4 5} {
    set r [catch {f $c} m]
    puts "$c -> $r $m"
}
