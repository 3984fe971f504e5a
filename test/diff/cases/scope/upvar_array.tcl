proc fill {arrName} {
    upvar $arrName a
    set a(one) 1
    set a(two) 2
}
fill data
puts [lsort [array names data]]
