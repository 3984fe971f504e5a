# error msg info keeps the given errorInfo exactly; return -errorinfo shows in the options dict
catch {error msg myinfo}; puts "<$::errorInfo>"
proc f {} { error msg myinfo }
catch f; puts "<$::errorInfo>"
catch {error msg myinfo MYCODE} m o; puts "<[dict get $o -errorinfo]> [dict get $o -errorcode]"
catch {return -code error -errorinfo XI boom} m o; puts "<[dict get $o -errorinfo]> [dict get $o -code] [dict get $o -level]"
catch {return -code error -errorinfo XI -errorcode {A B} boom} m o; puts "<[dict get $o -errorinfo]> <[dict get $o -errorcode]>"
catch {return -level 0 -code error -errorinfo XI boom} m o; puts "<[dict get $o -errorinfo]>"
proc h {} { return -code error -errorinfo XI boom }
catch h m o; puts "<[dict get $o -errorinfo]>"
catch {return -foo bar x} m o; puts [dict get $o -foo]
catch {return -level 0 -code error -foo bar boom} m o; puts [dict get $o -foo]
catch {error a "" c} m o; puts [dict get $o -errorcode]
