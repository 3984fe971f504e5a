# Calls made directly in a namespace eval body resolve in that namespace first.
proc who {} { return global-who }
namespace eval s {
    proc only_here {} { return s-only }
    proc who {} { return s-who }
    puts [only_here]
    puts [who]
    puts [::who]
    set r [only_here]
    puts $r
}
namespace eval s { puts "[only_here] [who]" }
namespace eval t { puts [who] }
# the same script text run in two namespaces
set script {who}
puts [namespace eval s $script]
puts [namespace eval t $script]
puts [eval $script]
