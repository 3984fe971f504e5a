# return -code break at the top of the file is break outside a loop.
puts before
return -code break
puts never
