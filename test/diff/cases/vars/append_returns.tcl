set s ""
puts [append s a]
puts [append s b c]
puts [string length $s]
