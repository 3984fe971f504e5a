proc level1 {} {
    try {
        try {
            throw {INNER} "inner failure"
        } trap {OUTER} {} {
            puts "wrong handler"
        } finally {
            puts "inner finally"
        }
    } trap {INNER} {m} {
        puts "outer caught: $m"
        try {
            error "second"
        } on error {m2} {
            puts "nested handler caught: $m2"
        }
    } finally {
        puts "outer finally"
    }
    return fine
}
puts [level1]
