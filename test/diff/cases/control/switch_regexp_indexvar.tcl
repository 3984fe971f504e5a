# switch -regexp -indexvar/-matchvar: the range of every submatch (-1 -1 when unused)
switch -regexp -indexvar iv -matchvar mv -- abc123 {
  {([a-z]+)([0-9]+)} { puts "$iv | $mv" }
}
switch -regexp -indexvar iv -matchvar mv -- xyz {
  {(a)|(x)(y)?} { puts "$iv | $mv" }
}
switch -regexp -indexvar iv -- weeknights {
  {(week|wee)(night|knights)} { puts $iv }
}
switch -regexp -matchvar mv -- a=b=c {
  {(.*?)=(.*)} { puts $mv }
}
switch -regexp -indexvar iv -- {} {
  {^(a*)$} { puts $iv }
}
switch -regexp -nocase -matchvar mv -- ABab {
  {(a)(b)\1\2} { puts $mv }
}
proc route {uri} {
  switch -regexp -matchvar m -- $uri {
    {^/api/v([0-9]+)/(.*)$} { return "api v[lindex $m 1] [lindex $m 2]" }
    {^/(static|assets)/} { return "static [lindex $m 1]" }
    default { return none }
  }
}
puts [route /api/v2/users/7]; puts [route /assets/x.js]; puts [route /]
switch -regexp -indexvar iv -- abc {{^(x*)a} { puts $iv }}
switch -regexp -indexvar iv -- abc {{(x*)c} { puts $iv }}
switch -regexp -indexvar iv -- abc {{^} { puts $iv }}
switch -regexp -indexvar iv -matchvar mv -- abc {{(z)?a} { puts "$iv $mv" }}
