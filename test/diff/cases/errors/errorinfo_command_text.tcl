# errorInfo quotes the command text exactly, blanks before the terminator included
proc g {} { set x 1; error msg "" }
catch g; puts "<$::errorInfo>"
catch {set q  } m o; puts "<[dict get $o -errorinfo]>"
catch "set q\t;" m o; puts "<[dict get $o -errorinfo]>"
catch {set   q} m o; puts "<[dict get $o -errorinfo]>"
