set v two
switch $v one { puts 1 } two { puts 2 } default { puts d }
puts "<[switch zzz one {list 1}]>"
