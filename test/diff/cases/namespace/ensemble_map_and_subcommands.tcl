namespace eval kv {
    variable data {}
    proc put {k v} { variable data; dict set data $k $v; return $v }
    proc get {k} { variable data; dict get $data $k }
    proc impl {prefix x y} { return "$prefix:$x:$y" }
    namespace ensemble create -command ::store -map {
        set put  fetch get  pair {impl P}  size {::llength}
    }
}
puts [store set a 1]
puts [store fetch a]
puts [store pair 1 2]
puts [store size {a b c}]
puts [catch {store pair 1} m]; puts $m
puts [catch {store nope} m]; puts $m
namespace eval only {
    proc a {} {return A}
    proc b {} {return B}
    proc c {} {return C}
    namespace ensemble create -subcommands {a b}
}
puts [only a][only b]
puts [catch {only c} m]; puts $m
namespace eval one { proc x {} {return X}; namespace ensemble create -subcommands x }
puts [catch {one y} m]; puts $m
puts [namespace ensemble configure store -namespace]
