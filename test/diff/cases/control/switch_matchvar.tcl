switch -regexp -matchvar m -- "key=value" {
    {^(\w+)=(\w+)$} { puts "[lindex $m 1] -> [lindex $m 2]" }
}
