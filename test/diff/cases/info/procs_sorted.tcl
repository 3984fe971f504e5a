proc my_zeta {} {}
proc my_alpha {} {}
proc my_mid {} {}
proc other {} {}
puts [lsort [info procs my_*]]
puts [lsort [info procs my_\[am\]*]]
puts [info procs other]
puts "<[info procs nosuchproc]>"
puts [info procs set]
