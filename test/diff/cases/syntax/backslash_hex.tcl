puts "\x41\x42"
puts "\x61bc"
puts [scan "\x7f" %c]
puts [scan "\xff" %c]
puts "\x4a\x4B"
