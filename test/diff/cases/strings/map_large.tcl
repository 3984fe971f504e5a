# string map on long subjects (the one-pair path counts and joins in batches; the many-key path
# checks its length every few hundred replacements): results equal tclsh's.
set s [string repeat xay 20000]
puts [string length [string map {a bbb} $s]]
puts [string equal [string map {a bbb} $s] [string repeat xbbby 20000]]
puts [string equal [string map {a ""} $s] [string repeat xy 20000]]
puts [string equal [string map {a bb x {} y Z} $s] [string repeat bbZ 20000]]
puts [string equal [string map -nocase {A q} $s] [string repeat xqy 20000]]
set g a
for {set i 0} {$i < 14} {incr i} { set g [string map {a aa} $g] }
puts [string length $g]
puts [string map {ab X} abcabcab]
puts [string map {abc ""} abcabcabcx]
puts [string map {a aa} abcabca]
