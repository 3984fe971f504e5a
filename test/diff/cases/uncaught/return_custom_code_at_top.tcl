# An application-defined completion code reaching the top of the file is an error.
puts before
return -code 5 five
puts never
