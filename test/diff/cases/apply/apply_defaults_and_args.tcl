set f {{a {b 10} args} {list a=$a b=$b args=$args}}
puts [apply $f 1]
puts [apply $f 1 2]
puts [apply $f 1 2 3 4]
puts [apply {args {llength $args}}]
puts [apply {args {llength $args}} x {y z} w]
# a lambda with an upvar and uplevel into the caller
proc caller {} {
    set total 0
    foreach v {5 6 7} { apply {{v} {upvar 1 total t; incr t $v}} $v }
    return $total
}
puts [caller]
