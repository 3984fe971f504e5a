# In a namespace eval body, an unqualified name that only the global namespace has refers to
# the global variable (Tcl 8.6); otherwise it is created in the namespace.
set shared global-value
namespace eval ns1 {
    set shared changed-by-ns1
    set own ns1-only
}
puts $shared
puts [info exists ::ns1::shared]
puts [info exists own]
puts $ns1::own
# `variable` makes the name the namespace's own first
namespace eval ns2 {
    variable shared
    set shared ns2-value
}
puts $shared
puts $ns2::shared
namespace eval ns3 {
    global shared
    puts "global in namespace eval is a no-op: $shared"
    puts [info exists shared]
}
