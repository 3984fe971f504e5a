puts [clock scan {2023-11-14 22:13:20} -format {%Y-%m-%d %H:%M:%S} -gmt 1]
puts [clock scan {1970-01-02 00:00:00} -format {%Y-%m-%d %H:%M:%S} -gmt 1]
puts [clock scan {2000-02-29} -format {%Y-%m-%d} -gmt 1]
