foreach v {1.5 1 1e10 .5 5. abc "" Inf NaN -0.0 1e} {
    puts "<$v> [string is double $v] [string is double -strict $v]"
}
