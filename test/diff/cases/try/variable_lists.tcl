# Zero, one, two (or more: extras are left alone) variable names.
try {error a} on error {} {puts "no vars"}
try {error b} on error {msg} {puts "msg only: $msg"}
try {error c} on error {msg opts} {puts "both: $msg [dict get $opts -code]"}
try {error d} on error {x y z} {puts "three: $x [info exists y] [info exists z]"}
# the handler variables live in the enclosing scope
proc p {} {
    try { error inproc } on error {m} {}
    return "m=$m"
}
puts [p]
puts [info exists m]
