proc mk {name} { upvar $name v; puts [info exists v]; set v made }
mk newvar
puts $newvar
