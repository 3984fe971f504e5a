puts [namespace current]
namespace eval app {
    puts [namespace current]
    namespace eval util {
        puts [namespace current]
        namespace eval ::other { puts [namespace current] }
    }
    namespace eval util::deep { puts [namespace current] }
}
namespace eval app::util { puts "again: [namespace current]" }
namespace eval ::app { puts "absolute: [namespace current]" }
namespace eval a::b::c { puts "created with parents: [namespace current]" }
puts [namespace exists a::b]
puts [namespace eval :: {namespace current}]
# namespace eval concatenates its words like eval, and returns the script's result
puts [namespace eval app set x 5]
puts [namespace eval app {expr {$x * 2}}]
puts $app::x
