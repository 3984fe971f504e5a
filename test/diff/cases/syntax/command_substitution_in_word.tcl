set n 4
puts x[expr {$n * 2}]y
puts [string repeat - 3][string repeat + 2]
puts pre[set n]post
