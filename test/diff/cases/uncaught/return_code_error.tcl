puts before
return -code error "returned error at top"
