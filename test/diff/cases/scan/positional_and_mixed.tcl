puts [scan "1 a" {%2$d %1$s}]
puts [scan "ab12" {%c%c%d}]
