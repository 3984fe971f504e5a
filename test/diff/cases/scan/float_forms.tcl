puts [scan 3.14 %f]
puts [scan 1e3 %f]
puts [scan -2.5 %g]
puts [scan "1.5abc" "%f%s"]
