proc f {} { return -code error "boom" }
puts [catch f msg]
puts $msg
proc g {} { return -code error -errorcode {MY CODE} "bad" }
catch g msg opts
puts $msg
array set o $opts
puts $o(-errorcode)
