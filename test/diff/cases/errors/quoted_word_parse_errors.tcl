# parse errors inside quoted words: the innermost open construct is reported
foreach s {
  {set x "$a(b"}
  {set x "[list a"}
  {set x "abc}
  {set x $a(b}
  {set x [list a}
  {set x "a"b}
  {set x {a}b}
  {set x "[list "a b}
  {set x "[list $a(b c]"}
  {set x [list "a}
  {set x "$a([set y"}
  {set x "a\"}
} {
  puts [catch {eval $s} m]; puts $m
}
puts [catch {subst {$a(b}} m]; puts $m
puts [catch {subst {[list a}} m]; puts $m
puts [catch {expr {"$a(b"}} m]; puts $m
puts [catch {expr {"[list a"}} m]; puts $m
