puts [catch {array set a {k}} msg]
puts $msg
puts [catch {array set a {k v j}} msg]
puts $msg
