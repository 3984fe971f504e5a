puts [scan "key=value" {%[a-z]=%s}]
puts [scan "2023-11-14" {%d-%d-%d}]
puts [scan "abc123" {%[a-z]%d}]
puts [scan "x:y" {%[^:]:%s}]
