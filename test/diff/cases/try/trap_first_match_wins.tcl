try {
    throw {A B C} boom
} trap {A B} {m} {
    puts "first: $m"
} trap {A} {m} {
    puts "second: $m"
} on error {m} {
    puts "generic: $m"
}
try {
    throw {A X} boom
} trap {A B} {m} {
    puts "first: $m"
} on error {m} {
    puts "generic before trap A: $m"
} trap {A} {m} {
    puts "never"
}
# trap patterns compare whole words, not string prefixes
puts [catch {try {throw {ABC} m} trap {AB} {} {puts no}} msg opts]
puts "$msg [dict get $opts -errorcode]"
