proc classify {code} {
    try {
        throw $code "failure with $code"
    } trap {POSIX ENOENT} {msg} {
        return "no such file ($msg)"
    } trap {POSIX} {msg opts} {
        return "other posix: [lindex [dict get $opts -errorcode] 1]"
    } trap {APP} {} {
        return "application error"
    } trap {} {msg} {
        return "anything else: $msg"
    }
}
puts [classify {POSIX ENOENT {no such file}}]
puts [classify {POSIX EACCES x}]
puts [classify {APP BAD}]
puts [classify {TCL LOOKUP}]
puts [classify {POSIXX}]
# A trap never takes a break, return or ok completion.
foreach i {1 2 3} {
    try { if {$i == 2} break; puts "i=$i" } trap {} {} { puts "trapped" }
}
