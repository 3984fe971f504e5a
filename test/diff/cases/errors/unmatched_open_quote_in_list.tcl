puts [catch {llength {a "b}} msg]
puts $msg
