puts [format {%2$s %1$s} world hello]
puts [format {%1$s-%1$s} x]
