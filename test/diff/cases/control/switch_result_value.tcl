set r [switch b { a {list A} b {list B} }]
puts $r
puts [switch -glob x* { x\\* {set _ esc} default {set _ def} }]
