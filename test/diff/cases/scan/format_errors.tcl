foreach args {
    {abc %s%s x}
    {abc %s x y}
    {abc {%1$s %1$s} x}
    {abc {%2$s} x}
    {abc {%1$s %s}}
    {abc {%s %1$s}}
    {abc {%0$s}}
    {abc %5c}
    {abc %lc}
    {abc %ls}
    {abc %ln}
    {abc %y}
    {abc {%[a}}
    {abc {%[^}}
    {abc {%[]}}
    {-5 %llu}
    {1 %qd}
} {
    puts "[catch {scan {*}$args} m] $m"
}
puts [catch {scan abc} m]/$m
