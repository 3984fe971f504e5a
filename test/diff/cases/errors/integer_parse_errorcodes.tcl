# errorCode of integer-parse failures: TCL VALUE INTEGER or TCL VALUE NUMBER, as tclsh says
foreach c {{incr x abc} {set y abc; incr y} {set y abc; incr y 1.5} {set z 1; incr z 1.5} {string repeat a x}
  {lrepeat x a} {lrepeat 1.5 a} {format %c x} {format %*d x 1} {format %d abc} {string repeat a 1.0}
  {lindex {a b} x} {string index abc x} {info level x} {binary format i x} {dict incr d k x}
  {string map {a} abc} {string map {a b c} abc} {binary scan abc a1a1 p}} {
  set ::errorCode NONE
  set r [catch $c m]
  puts "$c => $r | $m | $::errorCode"
}
