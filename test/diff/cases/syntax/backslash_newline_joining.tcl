set x [list a \
    b \
    c]
puts $x
puts "line1 \
    continued"
puts [expr {1 + \
    2}]
