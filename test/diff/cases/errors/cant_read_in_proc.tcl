proc f {} { return $undefined }
puts [catch {f} msg]
puts $msg
proc g {} { global gg; return $gg }
puts [catch {g} msg]
puts $msg
