foreach b {yes no true false on off 1 0 TRUE Yes} {
    if {$b} { puts "$b:T" } else { puts "$b:F" }
}
