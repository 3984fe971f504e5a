set r [catch {throw {MYAPP CONFIG MISSING} "no config file"} m o]
puts $r
puts $m
puts [dict get $o -errorcode]
puts [lindex [dict get $o -errorcode] 1]
puts $::errorCode
proc check {n} {
    if {$n < 0} { throw [list MATH NEGATIVE $n] "negative: $n" }
    return [expr {$n * 2}]
}
puts [check 4]
try { check -3 } trap {MATH NEGATIVE} {m o} { puts "$m / [lindex [dict get $o -errorcode] end]" }
# a single word type
puts [catch {throw OOPS "single"} m o]
puts "$m [dict get $o -errorcode]"
