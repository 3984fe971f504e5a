puts [catch {continue} m]
puts "<$m>"
