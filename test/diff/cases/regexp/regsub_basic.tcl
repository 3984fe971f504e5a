puts [regsub {o} "hello world" 0]
puts [regsub -all {o} "hello world" 0]
puts [regsub {zzz} "hello" x]
puts [regsub -all {l+} "hello all" L]
