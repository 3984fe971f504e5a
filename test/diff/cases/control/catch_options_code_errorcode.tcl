catch {error msg} r o
array set a $o
puts "$a(-code) $a(-errorcode)"
catch {error msg info MYCODE} r o
array set b $o
puts "$b(-code) $b(-errorcode)"
catch {set x 1} r o
array set c $o
puts "$c(-code) [info exists c(-errorcode)]"
