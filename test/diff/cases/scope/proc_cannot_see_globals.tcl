set secret 1
proc f {} { return [info exists secret] }
puts [f]
proc g {} { return [info exists ::secret] }
puts [g]
