namespace eval vv {
    variable a 1
    variable b 2
    puts [list [info locals]]
    puts [lsort [info vars {[ab]}]]
    proc p {} {
        variable a
        set local 1
        return "[lsort [info vars]] | [info locals]"
    }
}
puts [vv::p]
proc g {} { global env_like; set x 1; return [info locals] }
puts [g]
