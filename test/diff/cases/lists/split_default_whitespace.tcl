puts [split "a b  c"]
puts [llength [split "a b  c"]]
puts [split " lead"]
puts [split "a\tb\nc"]
