# switch -regexp: when the default arm is taken, -matchvar and -indexvar are set to empty lists.
set m old; set n old
puts [switch -regexp -matchvar m -indexvar n "abc" {x {} default {list default [list $m] [list $n]}}]
set m old
puts [switch -regexp -matchvar m "abc" {x {list x} default {list default [list $m]}}]
set n old
puts [switch -regexp -indexvar n "abc" {x {list x} default {list default [list $n]}}]
set m old
puts [list [switch -regexp -matchvar m "abc" {x {list x}}] $m]
set m old
puts [switch -regexp -matchvar m "abc" {(a)(x)? {list $m}}]
puts [switch -regexp -matchvar m -- "default" {default {list lit [list $m]}}]
