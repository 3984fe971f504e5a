set s "hello world foo_bar!"
puts [string wordstart $s 7]
puts [string wordend $s 7]
puts [string wordstart $s 14]
puts [string wordend $s 14]
puts [string wordend $s 19]
puts [string wordstart $s 5]
