# A clock value wider than 64 bits is refused as tclsh refuses it (the fuzzer found one that crashed
# the formatter).
foreach t {170000000000000000000 -170000000000000000000 17000000000000000000000000000000000} {
    puts [list [catch {clock format $t -gmt 1} m] $m]
}
