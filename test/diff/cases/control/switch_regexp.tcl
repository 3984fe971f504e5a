foreach v {abc 123 a1 {}} {
    switch -regexp -- $v {
        {^[a-z]+$} { puts "<$v> letters" }
        {^[0-9]+$} { puts "<$v> digits" }
        default { puts "<$v> mixed" }
    }
}
