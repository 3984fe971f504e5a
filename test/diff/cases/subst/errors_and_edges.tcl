set x X
foreach t {{[set x} {$x(} {${x} {$} {a]b} {[list {a]b}]}} {
    puts [catch {subst $t} m]
    puts $m
}
puts [catch {subst -no x} m]
puts $m
puts [subst -nocommands -novariables {\t$x[y]}]
