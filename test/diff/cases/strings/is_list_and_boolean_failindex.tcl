foreach v [list {a b} "a \{b" "a \"b" "a \{b\}c" "x \{a\} \{b" "\"a\"b c" "a\\"] {
    unset -nocomplain at
    puts "[string is list -failindex at $v] [expr {[info exists at] ? $at : "-"}]"
}
foreach v {true tru t f yes y n no on of o off TRUE 1 0 2 01 " true" "" 1.0} {
    unset -nocomplain at
    puts "<$v> [string is boolean $v][string is true $v][string is false $v][string is true -strict $v] [string is boolean -failindex at $v][expr {[info exists at] ? $at : "-"}]"
}
puts [string is alpha -strict -failindex at ""]/$at
puts [string is integer -strict -failindex at2 ""]/$at2
puts [string is list -strict ""]
