namespace eval math {
    namespace export add mul
    proc add {a b} { expr {$a + $b} }
    proc mul {a b} { expr {$a * $b} }
    proc secret {} { return hidden }
    puts [namespace export]
}
namespace eval calc {
    namespace import ::math::*
    puts [add 2 3]
    puts [mul 4 5]
    puts [catch {secret} m]; puts $m
    puts [lsort [namespace import]]
    puts [namespace origin add]
    puts [namespace which add]
}
puts [lsort [info commands calc::*]]
namespace eval one {
    namespace import ::math::add
    puts [lsort [namespace import]]
    namespace forget ::math::add
    puts [list [namespace import]]
}
namespace eval ex {
    namespace export a b
    namespace export -clear c
    namespace export d
    puts [namespace export]
}
puts [catch {namespace export ::math::x} m]; puts $m
