set r [catch {
    try {
        error original {} {ORIG CODE}
    } on error {msg} {
        error "while handling: $msg" {} {NEW CODE}
    }
} m o]
puts $r
puts $m
puts [dict get $o -errorcode]
# an error in a handler is not handled by a later handler of the same try
set r [catch {
    try {
        error one
    } on error {} {
        error two
    } trap {} {} {
        puts "not reached"
    }
} m]
puts "$r $m"
