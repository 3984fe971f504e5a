puts [scan "\u0041" %c]
puts "\u0048\u0069"
puts [scan "\u00e9" %c]
puts [string length "\u00e9\u4e2d"]
puts [scan "\u41" %c]
