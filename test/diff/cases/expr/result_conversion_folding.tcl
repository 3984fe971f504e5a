# Whether expr's result becomes a number depends on how Tcl compiled it: a literal expression
# folds its constant parts at compile time; an expression computed at run time does not.
set x 5
foreach e {
  {("0x10")} {-(2) ? 1e10 : 0} {$x > 1 ? "0x10" : -5} {$x > 1 ? "0x10" : 5} {1 ? "0x10" : 2}
  {max("0x10")} {(max("0x10"))} {(1) ? "0x10" : 2} {$x ? ("0x10") : 2} {$x ? ("0x10") : -2}
  {$x ? "0x10" : -2} {!$x ? "0x10" : "0x20"} {$x ? 1 + 1 : "0x20"} {((("0x10")))}
  {(("0x10") ? "0x10" : 1)} {$x ? -$x ? "0x10" : 3 : -4} {"0x10" ? "0x11" : 2} {$x ? "1e2" : $x+1}
  {(1e10 ? (-(2) ? 1e10 : -0.0) : 3)}
} {
  proc p {} "global x; expr \{$e\}"
  puts "[list $e]: [p] [expr $e]"
}
puts [expr {"0x10"} ]
puts [expr "0x10" + 0]
