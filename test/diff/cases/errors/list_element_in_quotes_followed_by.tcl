puts [catch {llength {"a"b c}} msg]
puts $msg
