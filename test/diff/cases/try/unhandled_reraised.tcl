# An error no handler takes leaves try unchanged: same message and errorcode.
set r [catch {try {throw {LIB PARSE} "bad input"} trap {LIB IO} {} {puts no}} m o]
puts "$r $m [dict get $o -errorcode]"
set r [catch {try {error "plain"} on break {} {puts no}} m o]
puts "$r $m [dict get $o -errorcode]"
proc deep {} { error "from deep" {} {DEEP} }
set r [catch {try {deep} on ok {} {puts no}} m o]
puts "$r $m [dict get $o -errorcode]"
