namespace eval geo {
    variable pi 3
    proc helper {} { return geo-helper }
}
puts [apply {{} {namespace current}}]
puts [apply {{} {namespace current} geo}]
puts [apply {{} {namespace current} ::geo}]
# commands and `variable` resolve in the lambda's namespace
puts [apply {{r} {variable pi; expr {$pi * $r * $r}} geo} 2]
puts [apply {{} {helper} ::geo}]
puts [catch {apply {{} {helper}}} m]; puts $m
puts [catch {apply {{} {} nowhere}} m]; puts $m
