puts [catch {proc f} msg]
puts $msg
puts [catch {expr} msg]
puts $msg
puts [catch {catch} msg]
puts $msg
puts [catch {error} msg]
puts $msg
puts [catch {puts a b c d} msg]
puts $msg
