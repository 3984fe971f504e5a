proc greet {} { return "global greet" }
proc helper {} { return "global helper" }
namespace eval app {
    proc greet {} { return "app greet" }
    proc run {} {
        # current namespace first, then the global namespace
        return "[greet] / [helper] / [::greet]"
    }
    namespace eval sub {
        proc run {} {
            # not the parent namespace: app::greet is not seen from app::sub
            return [greet]
        }
    }
}
puts [app::run]
puts [app::sub::run]
puts [namespace eval app {greet}]
puts [namespace eval app::sub {greet}]
puts [namespace eval app {sub::run}]
puts [app::greet]
puts [::app::greet]
puts [catch {sub::run} m]; puts $m
