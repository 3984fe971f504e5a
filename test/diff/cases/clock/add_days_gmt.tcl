set t [clock scan {2023-01-31} -format {%Y-%m-%d} -gmt 1]
puts [clock format [clock add $t 1 day -gmt 1] -format {%Y-%m-%d} -gmt 1]
puts [clock format [clock add $t 1 month -gmt 1] -format {%Y-%m-%d} -gmt 1]
puts [clock format [clock add $t 3600 seconds -gmt 1] -format {%Y-%m-%d %H} -gmt 1]
