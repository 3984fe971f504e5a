foreach in {1e5x 1e 3e+ .5 . inf nan Infinity -inf 0x1p3 5. 1e500 -1e500 1e-500 .e5 -} {
    puts "<$in> <[scan $in %f]> <[scan $in %f%s]>"
}
puts <[scan 1.5e+3 %3f]>
puts <[scan -.5 %2f]>
puts <[scan "" %s]>
puts <[scan a "%s %s"]>
puts <[scan a a%s]>
puts <[scan a b%s]>
puts <[scan "" %n]>
puts <[scan abc %*s%n]>
puts <[scan x {%5$s}]>
