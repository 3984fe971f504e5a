# A script's own unknown proc receives the words of a command that does not exist.
proc p {s} {set c [catch {uplevel 1 $s} m]; puts "$c: $m"}
p {foo}
proc unknown {args} {return "unknown: $args ([llength $args])"}
p {foo bar {baz qux}}
p {set x [nosuch 1 2]}
p {proc f {} {undefined_in_proc a}; f}
p {namespace eval ns {undefined_in_ns z}}
p {eval nosuch2 {*}{a b}}
proc unknown {args} {error "no $args"}
p {zzz 1}
proc unknown {cmd args} {if {$cmd eq "hello"} {return hi}; return -code error "invalid command name \"$cmd\""}
p hello
p bye
p {[list a b] c}
