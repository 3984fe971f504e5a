# switch option parsing: abbreviations, a second mode, missing variable names, arm errors
set ::errorCode NONE
foreach c {
  {switch -gl ab {a* {puts glob}}}
  {switch -e a {a {puts exact}}}
  {switch - a {a {}}}
  {switch -exact -glob a {a {puts x}}}
  {switch -glob -exact a {a {puts x}}}
  {switch -regexp -glob a {a {puts x}}}
  {switch -exact -exact a {a {}}}
  {switch -foo a {a {}}}
  {switch -indexvar v}
  {switch -indexvar v a}
  {switch -matchvar m -indexvar v a {a {}}}
  {switch -a {-a {puts dash}}}
  {switch -exact a}
  {switch a {}}
  {switch a {a {} #x}}
  {switch a {# comment a {}}}
  {switch a b c d}
  {switch a {a -}}
} {
  set r [catch $c m]
  puts "$r | $m | $::errorCode"
}
