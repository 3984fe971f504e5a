set l {a b c}
lset l 3 x
puts $l
lset l 4 0 y
puts $l
lset l {1 1} z
puts $l
lset l end end+1 w
puts $l
puts [catch {lset l -1 q} msg]; puts $msg
puts [catch {lset l 9 q} msg]; puts $msg
puts [catch {lset l 0 5 q} msg]; puts $msg
set m {{1 2} {3 4}}
puts [lset m end end Y]
puts [lset m {} {whole new}]
set bad "a \{"
puts [catch {lset bad 0 q} msg]; puts $msg
