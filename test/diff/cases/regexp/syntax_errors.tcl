foreach p {( ) {a{2,1}} * {a**} {[z-a]} {[[:nope:]]} {\q} {\2} {a{300}} {(?z)} {[a} {a{1}} {
    puts [catch {regexp $p x} m]
    puts $m
}
catch {regexp ( x} m o
puts [dict get $o -errorcode]
