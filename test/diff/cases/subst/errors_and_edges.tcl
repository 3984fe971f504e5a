set x X
set templates [list {[set x} {$x(} "\${x" {$} {a]b} {[list {a]b}]} {$x(1} {[list "a}]
foreach t $templates {
    puts "[catch {subst $t} m] $m"
}
puts [catch {subst -no x} m]
puts $m
puts [subst -nocommands -novariables {\t$x[y]}]
