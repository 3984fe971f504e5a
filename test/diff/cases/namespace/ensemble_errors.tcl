puts [catch {namespace ensemble} m]; puts $m
puts [catch {namespace ensemble foo} m]; puts $m
puts [catch {namespace ensemble create -foo 1} m]; puts $m
puts [catch {namespace ensemble exists} m]; puts $m
puts [catch {namespace ensemble configure} m]; puts $m
puts [catch {namespace ensemble configure set} m]; puts $m
