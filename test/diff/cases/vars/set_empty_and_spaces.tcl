set e ""
puts "<$e>"
set s "  spaced  "
puts "<$s>"
puts [string length $s]
