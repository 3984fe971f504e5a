namespace eval str {
    namespace export len up rev
    proc len {s} { string length $s }
    proc up {s} { string toupper $s }
    proc rev {s} { string reverse $s }
    proc internal {} {}
    namespace ensemble create
}
puts [str len hello]
puts [str up hello]
puts [str re abc]
puts [catch {str} m]; puts $m
puts [catch {str bogus} m]; puts $m
puts [catch {str internal} m]; puts $m
puts [catch {str len} m]; puts $m
puts [catch {str len a b} m]; puts $m
puts [namespace ensemble exists str]
puts [namespace ensemble exists set]
# a later export shows up as a subcommand
namespace eval str { proc trim {s} { string trim $s }; namespace export trim }
puts [str trim "  x  "]
namespace delete str
puts [list [info commands str]]
