puts "\101\102\103"
puts [scan "\0" %c]
puts [scan "\7" %c]
puts [scan "\77" %c]
puts [scan "\377" %c]
puts "\1011"
puts [string length "\0a"]
