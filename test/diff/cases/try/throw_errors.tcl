puts [catch {throw} m]; puts $m
puts [catch {throw a} m]; puts $m
puts [catch {throw a b c} m]; puts $m
puts [catch {throw {} msg} m]; puts $m
puts [catch {throw "\{" msg} m]; puts $m
puts [catch {throw { } msg} m]; puts $m
