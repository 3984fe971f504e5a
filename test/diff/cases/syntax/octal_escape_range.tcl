# \ooo takes at most three octal digits and stops before the value passes \377
foreach s [list "\1" "\12" "\123" "\1234" "\377" "\378" "\400" "\477" "\777" "\8" "\0" "\00a" "\3777" "\7777"] {
  puts -nonewline [string length $s]:
  foreach ch [split $s ""] { puts -nonewline " [scan $ch %c]" }
  puts ""
}
puts [expr {"\777" eq "?7"}]
puts [string length [subst {\400}]]
puts [llength "a\777b \400"]
puts [string length [lindex {\777x} 0]]
