set s "\n\t  padded \r\n"
puts "<[string trim $s]>"
puts [string length [string trimright $s]]
