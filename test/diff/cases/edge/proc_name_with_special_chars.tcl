proc {my proc} {} { return spaced }
puts [{my proc}]
proc a.b {} { return dotted }
puts [a.b]
proc 123 {} { return numeric }
puts [123]
