catch {expr {1/0}} r o
array set a $o
puts $r
puts $a(-errorcode)
catch {set undefinedvar} r o
array set b $o
puts $b(-errorcode)
catch {nosuchcmd} r o
array set c $o
puts $c(-errorcode)
