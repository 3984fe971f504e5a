puts start
nosuchcommand arg1 arg2
puts never
