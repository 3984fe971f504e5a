puts [string map {\{ ( \} )} "{a}"]
puts [string map {$ S [ L ] R} {$x[y]}]
puts [string map {"\n" "\\n"} "a\nb"]
