foreach v {apple banana cherry other} {
    switch $v {
        apple { puts "A" }
        banana { puts "B" }
        cherry { puts "C" }
        default { puts "?" }
    }
}
