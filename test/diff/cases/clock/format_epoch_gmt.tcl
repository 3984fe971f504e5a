puts [clock format 0 -format {%Y-%m-%d %H:%M:%S} -gmt 1]
puts [clock format 0 -gmt 1 -format %Y]
