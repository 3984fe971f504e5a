set l {a b c}
while {[llength $l] > 0} {
    puts [lindex $l 0]
    set l [lrange $l 1 end]
}
