set s "αβγαβγ"
puts [string first β $s]
puts [string last β $s]
puts [string range $s 1 3]
puts [string map {β B} $s]
