puts [catch {namespace delete nope} m]; puts $m
puts [catch {namespace delete ::nope} m]; puts $m
namespace eval keep {}
# nothing is deleted when one of the names is unknown
puts [catch {namespace delete keep missing} m]; puts $m
puts [namespace exists keep]
namespace eval outer {
    puts [catch {namespace delete inner} m]; puts $m
}
