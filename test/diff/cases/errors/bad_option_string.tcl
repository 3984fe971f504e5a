puts [catch {string frobnicate abc} msg]
puts $msg
