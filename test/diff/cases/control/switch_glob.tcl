foreach v {foo.txt bar.tcl x baz} {
    switch -glob -- $v {
        *.txt { puts "$v text" }
        *.tcl { puts "$v tcl" }
        ? { puts "$v single" }
        default { puts "$v none" }
    }
}
