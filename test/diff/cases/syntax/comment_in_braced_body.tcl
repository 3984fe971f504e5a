proc f {} {
    # comment in proc body
    set x 1 ;# trailing
    # another {with braces}
    return $x
}
puts [f]
