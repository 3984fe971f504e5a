proc f {} { return -code error -errorinfo "custom info" -errorcode {E1 E2} msg }
catch f m o
puts $m
array set oa $o
puts $oa(-code)
puts $oa(-errorcode)
