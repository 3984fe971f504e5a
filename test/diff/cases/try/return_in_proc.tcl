proc p {} {
    try {
        return "from body"
    } on return {res opts} {
        puts "caught return: $res code=[dict get $opts -code] level=[dict get $opts -level]"
    }
    return "after try"
}
puts [p]
proc q {} {
    try {
        return "passes through"
    } on error {} {
        puts never
    }
    return unreachable
}
puts [q]
proc r {} {
    try { return -code error -errorcode {R E} "return error" } on return {m o} {
        puts "return handler: $m code=[dict get $o -code] errorcode=[dict get $o -errorcode]"
    }
    return ok
}
puts [r]
proc s {} {
    try { return -code error "plain" } on error {m} { puts "on error: $m" } on return {m} { puts "on return: $m" }
}
s
