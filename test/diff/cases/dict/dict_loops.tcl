set d {a 1 b 2 c 3 d 4}
dict for {k v} $d {
    if {$k eq "b"} continue
    if {$k eq "d"} break
    puts "$k=$v"
}
puts [dict map {k v} $d {expr {$v * 10}}]
puts [dict map {k v} $d {if {$v % 2} continue; set v}]
puts "<[dict map {k v} $d {if {$v == 3} break; set v}]>"
puts [dict map {k v} {a 1 b 2} {set k X$k; set v}]
puts [dict filter $d key a c]
puts [dict filter $d key {[ab]}]
puts [dict filter $d value 2 4]
puts [dict filter $d script {k v} {expr {$v > 1 && $k ne "c"}}]
puts [dict filter $d script {k v} {if {$v == 3} break; expr 1}]
puts [catch {dict filter $d script {k v} {expr {"x"}}} msg]; puts $msg
proc firstkey {d} { dict for {k v} $d { return $k } }
puts [firstkey $d]
