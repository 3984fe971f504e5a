# puts: -nonewline is an option only when a string follows it; the old trailing `nonewline` form.
puts -nonewline
puts -nonewline stdout
puts stdout abc nonewline
puts |
puts -nonewline stdout x
puts ""
puts [catch {puts a b c d} m]:$m
puts [catch {puts} m]:$m
