# switch options that parse: abbreviations, -- and strings that look like options
puts [switch -gl -- -x {-* {set r dashglob}}]
puts [switch -exact -- -exact {-exact {set r lit}}]
puts [switch -re {abc} {b {set r re}}]
puts [switch -nocase -glob ABC {a* {set r nocaseglob}}]
puts [switch -- -nocase {-nocase {set r word}}]
puts [switch -glob x {a - b {set r ab} default {set r def}}]
puts [switch -regexp -matchvar m -- k=v {{(\w)=(\w)} {set r $m}}]
set opts -glob
puts [switch $opts abc {a* {set r dyn}}]
puts [switch -exact a a {set r one} b {set r two}]
puts [switch -e x {x {set r 1}}]
