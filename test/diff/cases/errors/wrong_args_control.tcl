puts [catch {if} msg]
puts $msg
puts [catch {while 1} msg]
puts $msg
puts [catch {for {} {}} msg]
puts $msg
puts [catch {foreach x} msg]
puts $msg
