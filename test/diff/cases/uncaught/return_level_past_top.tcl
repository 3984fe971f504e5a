# return -level 2 at the top of the file: one level is used up, the return code itself
# is left, and tclsh reports it as a bad code (ProcessUnexpectedResult).
puts before
return -level 2 x
puts never
