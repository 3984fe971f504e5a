foreach args {
    {%}
    {% 1}
    {abc% 1}
    {%z}
    {%lz 1}
    {%p 1}
    {%Ld 1}
    {{%1$s %s} a b}
    {{%s %1$s} a b}
    {{%3$s} a b}
    {{%0$s} a}
    {%*d 1}
    {%*d x 1}
    {%5% 1}
    {%d 08}
    {%f 08x}
    {%f NaN}
    {%c 4294967296}
    {%d 1 %z}
    {{%d %z} x}
} {
    puts "[catch {format {*}$args} m] $m"
}
puts [catch {format} m]/$m
puts [catch {format %d [string repeat 7x 40]} m]/$m
