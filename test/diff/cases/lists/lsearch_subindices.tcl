set recs {{alice {30 x}} {bob {25 y}} {carol {35 z}}}
puts [lsearch -index 0 -subindices $recs bob]
puts [lsearch -index {1 0} -subindices $recs 35]
puts [lsearch -index {1 1} -subindices -all $recs *]
puts [lsearch -index {1 1} -subindices -all -inline $recs *]
puts [lsearch -index {1 1} -subindices -inline $recs y]
puts [lsearch -index end -subindices -all {{a b} {c d}} *]
puts [lsearch -index 1 -subindices {{a 1} {b 2}} 3]
puts [lsearch -index 1 {{a 1} {b 2}} 2]
puts [lsearch -index 1 -inline -all -integer -exact {{a 1} {b 2} {c 01}} 1]
puts [catch {lsearch -subindices {a} a} msg]; puts $msg
puts [catch {lsearch -index 1 {{a b} {c}} d} msg]; puts $msg
