set t [clock scan {2024-01-31 12:00:00} -format {%Y-%m-%d %H:%M:%S} -gmt 1]
foreach {n u} {1 month 2 months 1 year -1 day 3 weeks 90 minutes 7200 seconds 5 hours} {
    puts "$n $u: [clock format [clock add $t $n $u -gmt 1] -gmt 1 -format {%Y-%m-%d %H:%M:%S}]"
}
puts [catch {clock add $t 1 fortnight -gmt 1} m]
puts $m
