# ${a(k)} names an array element: the braces keep the name whole, and the index gets no
# substitution. Checked in subst as well as in ordinary words.
set arr(k) v
puts ${arr(k)}
proc f {} { set a(x) 1; return ${a(x)} }
puts [f]
set {arr(k)} w
puts $arr(k)
puts [subst {${arr(k)}}]
puts [subst {${arr(k)}-$arr(k)}]
set n k
puts [catch {subst {${arr($n)}}} m]:$m
puts [catch {subst {${nosuch(x)}}} m]:$m
set s ${arr(k)}x
puts "${arr(k)}"
