try {
    error "disk full" {} {APP DISK FULL}
} on error {msg opts} {
    puts "msg=$msg"
    puts "code=[dict get $opts -code]"
    puts "errorcode=[dict get $opts -errorcode]"
    puts "level=[dict get $opts -level]"
}
try {
    expr {1 / 0}
} on error {msg opts} {
    puts "$msg | [dict get $opts -errorcode]"
}
try {
    nosuchcommand arg
} on error {msg opts} {
    puts "$msg | [dict get $opts -errorcode]"
}
# errorCode is set for the script as well
catch {try {error x {} {MY CODE}} on error {} {puts "global errorCode: $::errorCode"}}
