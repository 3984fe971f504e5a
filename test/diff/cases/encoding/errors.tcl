# encoding argument errors
foreach c {{encoding convertto nope x} {encoding convertto} {encoding convertfrom a b c} {encoding foo}
  {encoding system a b} {encoding names x} {encoding}} {
  set ::errorCode NONE
  puts "[catch $c m] | $m | $::errorCode"
}
