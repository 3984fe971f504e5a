puts [catch {tailcall puts x} m]; puts $m
proc missing {} { tailcall no_such_command a }
puts [catch missing m]; puts $m
proc failing {} { tailcall error "from tail target" }
puts [catch failing m]; puts $m
namespace eval n { puts [catch {tailcall list} m]; puts $m }
