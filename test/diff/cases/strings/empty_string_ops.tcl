set e ""
puts [string length $e]
puts "<[string index $e 0]>"
puts "<[string range $e 0 end]>"
puts "<[string toupper $e]>"
puts "<[string trim $e]>"
puts [string is integer $e]
puts [string equal $e {}]
