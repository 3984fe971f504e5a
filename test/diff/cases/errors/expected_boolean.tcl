puts [catch {if {"abc"} {}} msg]
puts $msg
puts [catch {expr {"xyz" && 1}} msg]
puts $msg
puts [catch {while {"maybe"} {}} msg]
puts $msg
