namespace eval conf { variable limit 10 }
proc bump {} {
    namespace upvar ::conf limit lim
    incr lim 5
    return $lim
}
puts [bump]
puts $conf::limit
namespace eval tools { proc helper {} {return tools-helper} }
namespace eval client {
    namespace path ::tools
    puts [helper]
    puts [namespace path]
    proc use {} { helper }
}
puts [client::use]
puts [catch {namespace eval c2 {namespace path ::missing}} m]; puts $m
