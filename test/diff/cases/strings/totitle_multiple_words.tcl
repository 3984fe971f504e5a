puts [string totitle "hello big world"]
puts [string totitle "ALL CAPS"]
puts [string totitle "123abc"]
