# tclsh enumerates arrays in hash-table order; the engine reproduces it.
array set small {apple 1 banana 2 cherry 3 date 4}
puts [array names small]
puts [array get small]
unset small(banana)
puts [array names small]
set small(banana) 5
puts [array names small]
foreach k {one two three four five six seven eight nine ten eleven twelve thirteen fourteen} { set big($k) 1 }
puts [array names big]
for {set i 0} {$i < 30} {incr i} { set num($i) $i }
puts [array names num]
puts [array names num 1*]
array set mixed [list 1 a 2 b 3 c 10 d 20 e]
puts [array get mixed]
