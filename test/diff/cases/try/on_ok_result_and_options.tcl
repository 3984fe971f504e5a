# An `on ok` handler gets the body's result and an options dict with -code 0 -level 0.
set r [try {expr {6 * 7}} on ok {res opts} {
    puts "result=$res"
    puts "code=[dict get $opts -code] level=[dict get $opts -level]"
    string toupper handled
}]
puts $r
# Without a matching handler the body's result is the result of try.
puts [try {list a b} on error {m} {set m unreachable}]
puts [try {}]
