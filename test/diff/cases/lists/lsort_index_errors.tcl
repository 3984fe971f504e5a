foreach args {
    {-index 1 {{a 1} {b}}}
    {-index end-5 {{a 1} {b}}}
    {-index x {{a b}}}
    {-index -1 {{a b}}}
    {-index end+1 {{a b}}}
    {-integer {1 2 99999999999999999999}}
    {-integer {3 x}}
    {-real {1 nan}}
    {-real {1 x}}
    {-index 1 -integer {{a x} {b 2}}}
    {-command}
    {-bogus {a b}}
    {-in {a b}}
} {
    puts [catch {lsort {*}$args} msg]
    puts $msg
}
puts [lsort -index {} {{b a} {a c}}]
puts [lsort -index {0 1} {{{a 2}} {{b 1}}}]
puts [lsort -command foo -integer {2 1}]
