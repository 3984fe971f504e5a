proc f {a} {
    set b 2
    return [lsort [info locals]]
}
puts [f 1]
proc g {} { global gx; set gx 1; return [lsort [info vars]] }
puts [g]
