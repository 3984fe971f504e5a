# Operands of the wrong type, with the operand described as tclsh describes it.
foreach e {
  {"abc" + 1} {{} * 2} {1.5 % 2} {1 << 1.5} {~1.5} {-"abc"} {!"abc"} {!""} {"08" + 1} {1 + "0o9"}
  {NaN + 1} {-NaN} {1/0} {1%0} {0**-1} {0.0 ** -1} {"x" && 1} {1 || "x" && 0} {"x" ? 1 : 2}
  {1 << -1} {1 >> -1} {1 << 2**31} {2**268435456} {0.0/0} {Inf - Inf} {"a" in "\{"}
  {"1.5" & 1} {1.5 | "a"} {"a" ^ 1.5}
} {
  set r [catch {expr $e} m]
  puts "$r: $m ([lindex $::errorCode 0])"
}
