namespace eval src { namespace export x; proc x {} {return src-x} }
namespace eval dst {
    proc x {} {return own-x}
    puts [catch {namespace import ::src::x} m]; puts $m
    puts [x]
    puts [catch {namespace import -force ::src::x} m]; puts [x]
}
namespace eval dst2 {
    namespace import ::src::x
    # importing the same command again is fine
    puts [catch {namespace import ::src::x} m]
}
puts [catch {namespace eval e {namespace import ::nowhere::*}} m]; puts $m
