# tclsh's expression syntax errors: message, the "in expression" window and the errorCode.
foreach e {
  {1 +} {abc} {09} {0b12} {0o8} {(1} {1)} {1 2} {} {$} {1 +* 2} {"abc} {sin(1,} {1 ? 2} {1 : 2}
  {(1, 2)} {f(,1)} {()} {1 = 2} {a.b} {_x} {1 # c} {"a"b} {[set x 1]]} {0x} {1e} {1.5.e5}
  {1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 (15 + 16 + 17 + 18 + 19 + 20 + 21)}
  {aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}
} {
  set r [catch {expr $e} m]
  puts "$r: $m"
  puts "   [lrange $::errorCode 0 4]"
}
