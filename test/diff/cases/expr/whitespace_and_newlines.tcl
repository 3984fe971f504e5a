puts [expr {
    1 +
    2 *
    3
}]
puts [expr {  7  }]
