set s "a:b::c:"
set parts [split $s :]
puts [llength $parts]
puts $parts
puts [join $parts :]
