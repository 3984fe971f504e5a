# Characters outside the BMP (docs/tcl.md "Characters outside the BMP"): text holding one keeps it
# as a surrogate pair (two characters) as tclsh 8.6 here does; split "", string reverse and scan %c
# treat the pair as one character; a \U escape or format %c past U+FFFF is U+FFFD. Lone halves are
# shown by their codes (their bytes on output are compared in test/cli/eval.test.ts).
set s "a😀b"
puts [string length $s]
puts [string range $s 1 2]
scan [string index $s 1] %c c; puts $c
scan [string index $s 2] %c c; puts $c
puts [llength [split $s ""]]
puts [split $s ""]
foreach ch [split $s ""] { puts -nonewline "[scan $ch %c] " }; puts ""
puts [string reverse $s]
puts [string reverse "😀😁x"]
scan [string range $s 1 end] %c%c c d; puts "$c $d"
puts [string toupper $s]
puts [string first b $s]
puts [string last b $s]
puts [string map [list 😀 X] $s]
puts [string bytelength $s]
puts [regexp -all . $s]
puts [string trim "😀x😀" "😀"]
puts [lsort [list "😀" "\uFFFF" a]]
puts [string compare "😀" "\uFFFF"]
set u "\U0001F600"
puts [list [string length $u] [scan $u %c]]
puts [string length "a\U0001F600b"]
foreach e {"\U10000" "\U10FFFF" "\U0010FFFF" "\U110000" "\UFFFFFFFF" "\U1F600" "\UFFFF" "\U0" "\U"} {
    puts -nonewline "[string length $e] "
}
puts ""
puts [list [string length [format %c 128512]] [scan [format %c 128512] %c]]
puts [list [string length "\uD83D\uDE00"] [split "\uD83D\uDE00x" ""]]
