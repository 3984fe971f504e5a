puts "\q\w\e"
puts "a\ b"
puts [string length "\z"]
puts \$x
puts \[x\]
