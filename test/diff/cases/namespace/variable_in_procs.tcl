namespace eval counter {
    variable count 0
    variable step
    proc next {} {
        variable count
        incr count
    }
    proc reset {{to 0}} {
        variable count $to
        return $count
    }
    proc stepped {} {
        variable step
        if {![info exists step]} { set step 10 }
        variable count
        incr count $step
    }
}
puts [counter::next]
puts [counter::next]
puts $counter::count
puts [counter::reset 5]
puts [counter::stepped]
puts $::counter::step
# several names in one command; the last may lack a value
namespace eval cfg { variable host localhost port 8080 user }
puts "$cfg::host $cfg::port [info exists cfg::user]"
proc show {} { variable ::cfg::host; variable cfg::port; return "$host:$port" }
puts [show]
puts [list [variable nothing]]
