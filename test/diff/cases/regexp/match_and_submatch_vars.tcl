regexp {(\w+)@(\w+)\.com} "mail bob@example.com now" all user host
puts "$all|$user|$host"
puts [regexp {(a)(b)?(c)} ac m1 m2 m3 m4]
puts "<$m1><$m2><$m3>"
