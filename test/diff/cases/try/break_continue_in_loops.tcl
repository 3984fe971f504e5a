for {set i 0} {$i < 5} {incr i} {
    try {
        if {$i == 1} continue
        if {$i == 3} break
        puts "body $i"
    } on continue {} {
        puts "caught continue at $i"
    } on break {} {
        puts "caught break at $i"
    }
}
# without handlers break and continue reach the loop
set out {}
foreach x {a b c d e} {
    try {
        if {$x eq "b"} continue
        if {$x eq "d"} break
        lappend out $x
    } finally {
        lappend out "($x)"
    }
}
puts $out
set n 0
while 1 { incr n; try { if {$n > 3} break } on error {} {} }
puts $n
