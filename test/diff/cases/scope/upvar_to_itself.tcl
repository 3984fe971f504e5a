# upvar of a variable onto itself is refused; onto a link that already points there it is a no-op.
proc p {s} {set c [catch {uplevel 1 $s} m]; puts "$c: $m"}
proc u1 {} {set x 1; upvar 0 x x}
p u1
proc u2 {} {upvar 0 x x}
p u2
proc u3 {} {upvar 1 x x; upvar 0 x x}
p u3
set g 1
p {upvar 0 g g}
p {upvar #0 g g}
proc u4 {} {global g; upvar 0 g g}
p u4
proc u5 {} {upvar 0 a(1) a(1)}
p u5
proc u6 {} {upvar 0 y x; upvar 0 x y}
p u6
proc u7 {} {set x 1; upvar 1 x x}
p u7
p {namespace eval zz {variable v 1; upvar 0 v v}}
proc u2 {} {upvar 0 x x}
catch u2 m; puts "$m $errorCode"
set g 1
catch {upvar 0 g g} m; puts "$m $errorCode"
proc u8 {} {upvar 0 a(1) b; upvar 0 b a(1)}
catch u8 m; puts "$m $errorCode"
proc u9 {} {upvar 0 a b; upvar 0 a(1) c; upvar 0 c a(1)}
catch u9 m; puts "$m $errorCode"
