namespace eval lib {
    variable level 3
    variable declared
    proc api {} {}
}
proc top {} {}
set gv 1
puts [namespace which -command lib::api]
puts [namespace which lib::api]
puts [namespace which -command top]
puts [namespace which -command set]
puts [list [namespace which -command missing]]
puts [namespace eval lib {namespace which -command api}]
puts [namespace eval lib {namespace which -command top}]
puts [namespace which -variable lib::level]
puts [namespace which -variable gv]
puts [list [namespace which -variable lib::nothing]]
puts [namespace eval lib {namespace which -variable level}]
puts [namespace eval lib {namespace which -variable gv}]
puts [catch {namespace which} m]; puts $m
puts [catch {namespace which -bogus x} m]; puts $m
puts [catch {namespace which -command a b} m]; puts $m
