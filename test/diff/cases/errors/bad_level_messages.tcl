# upvar/uplevel/info level: bad level messages and error codes
proc show {c} { set r [catch {uplevel 1 $c} m]; puts "$c => $r | $m | $::errorCode" }
foreach c {{upvar 1 x y} {upvar 5 x y} {upvar #5 x y} {upvar -1 x y} {upvar #-1 x y} {upvar 1a x y}
  {upvar 0x1 x y} {upvar 1 x} {uplevel 2 {}} {uplevel #1 {}} {uplevel -1 {}} {uplevel {set a 1}}
  {info level 1} {info level -1} {info level 0} {info level 1.0} {info level x}} {
  set r [catch $c m]
  puts "$c => $r | $m | $::errorCode"
}
proc p {} {
  foreach c {{upvar 2 x y} {upvar #2 x y} {info level 2} {info level -1} {uplevel 3 {}} {upvar -1 x y} {uplevel 1}} {
    set r [catch $c m]; puts "in p: $c => $r | $m | $::errorCode"
  }
  puts [info level 0]
}
p
