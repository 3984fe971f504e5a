set patterns [list ( ) "a\{2,1\}" * a** {[z-a]} {[[:nope:]]} {\q} {\2} "a\{300\}" (?z) {[a} "a\{1" {(?i)(?i)a} "\\"]
foreach p $patterns {
    puts "[catch {regexp $p x} m] $m"
}
catch {regexp ( x} m o
array set opts $o
puts $opts(-errorcode)
