set l {apple banana cherry banana}
puts [lsearch $l banana]
puts [lsearch $l grape]
puts [lsearch $l b*]
puts [lsearch -exact $l b*]
puts [lsearch -glob $l *rr*]
