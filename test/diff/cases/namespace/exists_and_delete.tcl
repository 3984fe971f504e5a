namespace eval shop {
    variable items {apple pear}
    proc count {} { variable items; llength $items }
    namespace eval cart { variable total 0 }
}
puts [shop::count]
puts [namespace exists shop]
puts [namespace exists shop::cart]
puts [info exists shop::items]
namespace delete shop
puts [namespace exists shop]
puts [namespace exists shop::cart]
puts [info exists shop::items]
puts [catch {shop::count} m]
puts $m
puts [llength [info commands shop::*]]
# recreated empty
namespace eval shop {}
puts [info exists shop::items]
# delete with several names, and with none
namespace eval d1 {}
namespace eval d2 {}
namespace delete d1 ::d2
namespace delete
puts [namespace exists d1][namespace exists d2]
