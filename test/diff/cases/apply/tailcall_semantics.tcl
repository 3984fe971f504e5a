# The tail-called command runs in the caller's frame, after the proc is gone.
proc lv {} { tailcall info level }
proc outer {} { lv }
puts [outer]
proc setter {} { set x local; tailcall set x }
proc user {} { set x from-user; setter }
puts [user]
# code after tailcall does not run
proc after_tail {} { tailcall list a b; puts "never" }
puts [after_tail]
# a caught tailcall still happens when the proc returns
proc caught {} { catch {tailcall list scheduled}; puts "still running"; return ignored }
puts [caught]
# resolved in the proc's namespace
namespace eval ns {
    proc helper {} { return ns-helper }
    proc go {} { tailcall helper }
}
puts [ns::go]
puts [apply {{} {tailcall string toupper lambda}}]
# tailcall with no command just returns
proc empty {} { tailcall; puts never }
puts [list [empty]]
