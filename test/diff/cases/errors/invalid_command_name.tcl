puts [catch {foo} msg]
puts $msg
puts [catch {foo bar baz} msg]
puts $msg
puts [catch {[list]} msg]
puts "<$msg>"
