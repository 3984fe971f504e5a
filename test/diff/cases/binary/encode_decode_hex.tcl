puts [binary encode hex "Hi!"]
puts [binary decode hex 486921]
puts [binary encode hex ""]
