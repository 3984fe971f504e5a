proc sum args {
    set t 0
    foreach n $args { incr t $n }
    return $t
}
puts [sum]
puts [sum 1 2 3 4]
puts [sum {*}{10 20 30}]
