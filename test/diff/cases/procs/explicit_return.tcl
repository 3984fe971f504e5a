proc f {x} {
    if {$x > 0} { return positive }
    return non-positive
}
puts [f 1]
puts [f -1]
proc g {} { return }
puts "<[g]>"
