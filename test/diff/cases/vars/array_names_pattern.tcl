array set a {apple 1 apricot 2 banana 3 cherry 4}
puts [lsort [array names a ap*]]
puts [lsort [array names a -glob *an*]]
puts [lsort [array names a -exact banana]]
puts [lsort [array names a -regexp {^c}]]
