namespace eval cb {
    variable hits 0
    proc hit {args} { variable hits; incr hits; return "hit($args)" }
    variable callback [namespace code {hit fixed}]
}
puts $cb::callback
puts [namespace code {puts hi}]
# the wrapped script runs in its namespace, extra words are appended as list elements
puts [eval $cb::callback extra1 {two words}]
puts [{*}$cb::callback]
puts $cb::hits
# namespace code leaves an already wrapped script alone
puts [namespace eval other {namespace code $::cb::callback}]
puts [namespace inscope ::cb {hit a} b c]
puts [namespace inscope cb {namespace current}]
puts [catch {namespace inscope ::none {set x}} m]; puts $m
puts [catch {namespace code} m]; puts $m
