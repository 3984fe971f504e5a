set sc 1
foreach cmd {
    {array}
    {array set a}
    {array get}
    {array names a -glob x y}
    {array names a -bogus x}
    {array size a b}
    {array n a}
    {array s a}
    {array set sc {a b}}
    {array set sc {}}
    {array set q(x) {a b}}
    {array set a {a b c}}
    {array startsearch nosuch}
} {
    puts [catch $cmd msg]
    puts $msg
}
puts [array na nosuch]
puts [array names sc]
puts [array size sc]
array unset sc
puts [info exists sc]
