puts [catch {try {set a 1} finally {error "from finally"}} m o]
puts "$m [dict get $o -code]"
puts [catch {try {error inner} finally {error outer}} m]
puts $m
puts [catch {try {error inner} on error {} {error handler} finally {error final}} m]
puts $m
puts [catch {try {error inner} on error {} {error handler} finally {puts fin}} m]
puts $m
# break in finally replaces the body's result inside a loop
foreach i {1 2 3} {
    try { puts "body $i" } finally { if {$i == 2} break }
}
puts done
