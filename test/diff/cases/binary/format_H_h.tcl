puts [binary encode hex [binary format H4 abcd]]
puts [binary encode hex [binary format h4 abcd]]
puts [binary encode hex [binary format H* 0102ff]]
puts [string length [binary format H3 abc]]
