# string first and string last name their optional index the same way in the usage message.
puts [catch {string last a} m]:$m
puts [catch {string first a} m]:$m
puts [catch {string last a b c d} m]:$m
