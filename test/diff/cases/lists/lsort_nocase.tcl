puts [lsort -nocase {banana Apple cherry apple}]
puts [lsort {banana Apple cherry apple}]
