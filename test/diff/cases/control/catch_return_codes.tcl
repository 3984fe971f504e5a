puts [catch {return x} r]
puts $r
puts [catch {break}]
puts [catch {continue}]
puts [catch {}]
