namespace eval zoo::cats::lions {}
namespace eval zoo::cats::tigers {}
namespace eval zoo::dogs {}
puts [lsort [namespace children ::zoo]]
puts [lsort [namespace children zoo::cats]]
puts [lsort [namespace children ::zoo c*]]
puts [lsort [namespace children ::zoo ::zoo::d*]]
puts [namespace children ::zoo::dogs]
namespace eval zoo { puts [lsort [namespace children]] }
puts [namespace parent ::zoo::cats::lions]
puts [namespace parent zoo]
puts [list [namespace parent ::]]
namespace eval zoo::cats { puts [namespace parent] }
puts [catch {namespace children nowhere} m]; puts $m
puts [catch {namespace children ::nowhere} m]; puts $m
puts [catch {namespace parent nowhere} m]; puts $m
namespace eval zoo { puts [catch {namespace parent nowhere} m]; puts $m }
puts [catch {namespace children a b c} m]; puts $m
