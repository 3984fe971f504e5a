# Namespace variables used through set, incr, lappend, dict, array, foreach, unset and upvar.
namespace eval s {
    variable arr
    array set arr {a 1 b 2}
    variable lst {}
    variable cnt 0
    proc add {x} { variable lst; variable cnt; lappend lst $x; incr cnt; return $cnt }
    proc names {} { variable arr; lsort [array names arr] }
}
s::add 1; s::add 2
puts "$s::lst $s::cnt"
puts [s::names]
set ::s::arr(c) 3
puts [lsort [array names ::s::arr]]
puts [lsort [array names s::arr]]
incr ::s::cnt 10
lappend s::lst 3
puts "$s::lst $::s::cnt"
dict set s::d k v
puts $s::d
unset s::d
puts [info exists s::d]
foreach s::it {x y} {}
puts $s::it
proc outer {} { set loc 5; s::inner_call }
proc s::inner_call {} { upvar 1 loc l; return "upvar from ns proc: $l" }
puts [outer]
namespace eval s {
    foreach i {1 2} { lappend acc $i }
    puts $acc
    array set newarr {z 26}
    puts [array get newarr]
    puts [info exists ::s::newarr]
    set i 0
    while {$i < 3} { incr i }
    puts "i=$i [info exists ::s::i]"
    proc loopy {} { set r {}; foreach x {a b} { lappend r [string toupper $x] }; return $r }
    puts [loopy]
}
puts [namespace eval s {info exists cnt}]
puts [catch {namespace eval s {set nosuch}} m]; puts $m
proc s::t {} { try { error boom {} {S E} } trap {S} {m} { return "trapped $m in [namespace current]" } }
puts [s::t]
puts [s::t]
namespace eval s { proc t2 {} { return [apply {{} {namespace current}}] } }
puts [s::t2]
set g 1
namespace eval s { proc readg {} { global g; return $g } }
puts [s::readg]
puts [namespace eval s { set g }]
