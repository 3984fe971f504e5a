namespace eval base { namespace export f; proc f {} {return base-f} }
namespace eval user { namespace import ::base::f }
puts [namespace origin user::f]
puts [namespace origin base::f]
puts [namespace origin set]
puts [catch {namespace origin nothing} m]; puts $m
namespace eval r {
    proc old {} {return old}
    rename old new
    puts [new]
    puts [namespace which -command new]
}
puts [r::new]
