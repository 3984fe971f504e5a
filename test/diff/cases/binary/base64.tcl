puts [binary encode base64 "Hello, World!"]
puts [binary decode base64 SGVsbG8sIFdvcmxkIQ==]
puts [binary encode base64 -maxlen 8 "abcdefghijklmnop"]
puts [binary decode base64 "YWJj\nZGVm"]
puts [catch {binary decode base64 -strict "YW Jj"} m]
puts $m
puts [binary encode hex [binary decode hex "de ad be ef"]]
