puts -nonewline "partial"
puts -nonewline " line"
error "fail after partial line"
