# parray, the library proc tclsh autoloads: sorted keys, padded names, glob pattern, errors.
array set pa {b 2 a 1 c {x y} B 0 "" empty}
parray pa
parray pa {[ab]}
set pb(long_name) 1; set pb(x) 2; parray pb
puts [catch {parray nosuch} m]:$m:$errorCode
puts [catch {parray} m]:$m
puts [catch {parray a b c} m]:$m
set sc 1
puts [catch {parray sc} m]:$m
array set empty {}
parray empty
proc inproc {} { set local(k) v; parray local; global pb; parray pb l* }
inproc
namespace eval ns { variable arr; array set arr {z 1} ; parray arr }
parray ::ns::arr
set u(é) 1; set u(ab) 2; parray u
