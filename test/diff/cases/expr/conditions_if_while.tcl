# Conditions of if/while/for: numbers, boolean words (prefixes too), and their errors.
foreach c {1 0 yes no true false on off tru f y n of 0x0 0.0 2.5 " 1 " -0.0} {
  if $c {puts "$c: true"} else {puts "$c: false"}
}
foreach c {x "" o " yes " 08 "on "} {
  puts "[list $c]: [catch {if $c {}} m] $m"
}
set nan NaN
puts [catch {if {$nan} {}} m]$m
puts [catch {if $nan {}} m]$m
puts [catch {if {"abc"} {}} m]$m
puts [catch {while {"x"} {}} m]$m
puts [catch {if {1 +} {}} m]$m
set i 0
while {$i < 3} { incr i }
puts $i
for {set j 0} {$j ne "xxx"} {append j x} { if {[string length $j] > 10} break }
puts $j
if {$i == 3 && [string length $j] == 4} { puts ok }
