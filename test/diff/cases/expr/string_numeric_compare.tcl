# < > == compare numbers when both operands are numbers, else strings; eq/ne always compare strings.
foreach {a b} {10 9 10 9a abc abd "" 0 " 1" "1 " 0x10 16 1e1 10 1.0 1 a A b B 01 1 08 8 -0 0 Inf 1e308} {
  puts "[list $a $b]: [expr {$a < $b}] [expr {$a > $b}] [expr {$a == $b}] [expr {$a != $b}] [expr {$a eq $b}] [expr {$a <= $b}] [expr {$a >= $b}]"
}
puts [expr {NaN == NaN}][expr {NaN != NaN}][expr {NaN < 1}][expr {1 >= NaN}]
set big 123456789012345678901234567890
puts [expr {$big > 1e29}][expr {$big == 123456789012345678901234567890.0}][expr {-$big < -1e29}]
