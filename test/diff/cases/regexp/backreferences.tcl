puts [regexp {(\w)\1} hello]
regexp {(\w+) \1} "say bye bye now" m w
puts "$m|$w"
puts [regexp {^(a+)b\1$} aabaa]
puts [regexp {^(a+)b\1$} aaba]
