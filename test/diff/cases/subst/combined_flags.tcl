set a 1
puts [subst -nocommands -novariables {$a [b] \x41}]
puts [subst -nobackslashes -nocommands {$a [b] \x41}]
