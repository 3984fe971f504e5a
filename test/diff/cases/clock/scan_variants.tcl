puts [clock scan {Nov 14 2023 10:30 PM} -format {%b %d %Y %I:%M %p} -gmt 1]
puts [clock scan {14/11/23} -format {%d/%m/%y} -gmt 1]
puts [clock scan {2023 318} -format {%Y %j} -gmt 1]
puts [clock scan {2023-02-30} -format {%Y-%m-%d} -gmt 1]
puts [clock scan {10:11:12} -format {%T} -gmt 1 -base 86400]
puts [catch {clock scan {2023-11} -format {%Y-%m-%d} -gmt 1} m]
puts $m
