proc sign {x} {
    if {$x < 0} { set r - } elseif {$x == 0} { set r 0 } else { set r + }
}
puts [sign -3][sign 0][sign 9]
