proc custom {} {
    try {
        return -level 0 -code 5 "five"
    } on 5 {r o} {
        puts "code 5: $r -code=[dict get $o -code]"
    }
    try {
        return -level 0 -code 3
    } on 3 {} {
        puts "3 is break"
    }
    try { error x } on 1 {m} { puts "1 is error: $m" }
    try { set a ok } on 0 {r} { puts "0 is ok: $r" }
    try { error y } on 0x1 {m} { puts "hex code: $m" }
    return done
}
puts [custom]
puts [catch {try {return -level 0 -code 7 seven}} m]
puts $m
