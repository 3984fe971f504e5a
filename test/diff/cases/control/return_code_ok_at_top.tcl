# return -code ok at the top of the file ends it quietly.
puts before
return -code ok x
puts never
