puts [binary scan "\x01\x02\xab" H* hex]
puts $hex
puts [binary scan "AB" H2h2 a b]
puts "$a $b"
puts [binary scan "A" H4 z]
