proc attempt {what} {
    set log {}
    try {
        lappend log body
        if {$what eq "fail"} { error "failed" }
        if {$what eq "return"} { return early }
        lappend log done
    } on error {m} {
        lappend log "handled $m"
    } finally {
        lappend log finally
        puts "log: $log"
    }
    return normal
}
puts [attempt ok]
puts [attempt fail]
puts [attempt return]
puts [catch {try {error unhandled} finally {puts "cleanup ran"}} m]
puts $m
# The finally script's result is not the result of try.
puts [try {set x body-result} finally {set y finally-result}]
