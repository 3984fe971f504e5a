set v [list abc\
def]
puts $v
puts [llength $v]
puts [catch {set w abc\
def} msg]
puts $msg
