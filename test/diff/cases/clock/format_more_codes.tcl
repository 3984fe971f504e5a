set t 1700000000
puts [clock format $t -gmt 1 -format {%d/%m/%Y}]
puts [clock format $t -gmt 1 -format {%H%M%S}]
puts [clock format $t -gmt 1 -format {%%}]
puts [clock format $t -gmt 1 -format {%I %p}]
puts [clock format $t -gmt 1 -format {%u %w}]
