namespace eval loopns {}
foreach i {1 2 3} {
    namespace eval loopns { if {$i == 2} break }
    puts "i=$i"
}
proc early {} {
    namespace eval loopns { return "returned from inside namespace eval" }
    return "not reached"
}
puts [early]
puts [catch {namespace eval loopns {error "inner failure"}} m]; puts $m
puts [catch {namespace eval loopns {continue}} m]
