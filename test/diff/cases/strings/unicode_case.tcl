puts [string toupper "\u00e9t\u00e9"]
puts [string tolower "\u00c9COLE"]
puts [string length [string toupper "stra\u00dfe"]]
