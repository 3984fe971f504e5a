# unclosed [ and ( inside quoted words, array indexes and nested scripts
foreach s {
  {puts "a [string length b"}
  {puts "x $arr(k [list y"}
  {puts "$arr(a)$arr(b"}
  {puts "[list [list a]"}
  {set v "$x("}
  {set v "[set y]"[}
  {set v "ok" ; set w "$q(1"}
} {
  puts [catch {eval $s} m]; puts $m
}
puts [catch {subst {a $arr(k}} m]; puts $m
puts [catch {subst "\[set"} m]; puts $m
