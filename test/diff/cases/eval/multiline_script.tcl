eval {
    set a 1
    set b 2
    puts [expr {$a + $b}]
}
set script "set c 3\nputs \$c"
eval $script
