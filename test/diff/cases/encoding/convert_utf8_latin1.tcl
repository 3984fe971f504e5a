# encoding convertto/convertfrom for the encodings irule implements
proc hex {s} { binary scan $s H* h; return $h }
set s "a\u00e9\u20ac\u4e2d"
foreach e {utf-8 iso8859-1 ascii unicode cp1252 iso8859-15} { puts "$e [hex [encoding convertto $e $s]]" }
puts [hex [encoding convertto $s]]
foreach e {utf-8 iso8859-1 ascii unicode cp1252} {
  set r [encoding convertfrom $e "\xe9\x80\xc3\xa9\xff"]
  puts "$e [string length $r] [scan [string index $r 0] %c] [scan [string index $r 1] %c]"
}
puts [encoding convertfrom utf-8 [encoding convertto utf-8 "h\u00e9llo \u4e16"]]
puts [hex [encoding convertto utf-8 "\x00"]]
puts [string length [encoding convertfrom utf-8 "\xf0\x9f\x98\x80"]]
puts [encoding system]
