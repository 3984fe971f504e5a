set cfg {}
dict set cfg server host example.com
dict set cfg server port 8080
dict set cfg pool members {a b}
puts $cfg
puts [dict get $cfg server port]
puts [dict exists $cfg server host]
puts [dict exists $cfg server nope]
puts [dict exists $cfg pool members x]
dict unset cfg server port
puts $cfg
dict unset cfg server nope
puts $cfg
dict lappend cfg list x "y z"
dict append cfg str a b
dict incr cfg count
dict incr cfg count 41
puts $cfg
set n {}
for {set i 0} {$i < 5} {incr i} { dict set n k$i $i }
puts "$n ([dict size $n])"
puts [catch {dict unset cfg nope sub} msg]; puts $msg
puts [catch {dict set cfg count x y} msg]; puts $msg
