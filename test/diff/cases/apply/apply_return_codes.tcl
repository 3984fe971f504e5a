puts [catch {apply {{} {return -code error -errorcode {LAMBDA FAIL} "coded"}}} m o]
puts "$m [dict get $o -errorcode]"
foreach i {1 2 3} {
    apply {{i} {if {$i == 2} {return -code continue}; puts "i=$i"}} $i
}
puts [catch {apply {{} {return -code break}}} m]
puts [catch {apply {{} {return -level 2 up}}} m]; puts $m
proc wrapper {} { apply {{} {return -level 2 "returned through the lambda"}}; return "not this" }
puts [wrapper]
