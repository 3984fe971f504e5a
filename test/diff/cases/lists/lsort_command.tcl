proc bylen {a b} {
    set d [expr {[string length $a] - [string length $b]}]
    if {$d != 0} { return $d }
    return [string compare $a $b]
}
puts [lsort -command bylen {ccc a bb aaa b}]
proc rev {a b} { string compare $b $a }
puts [lsort -command rev {x y z}]
