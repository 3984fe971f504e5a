puts start
error "first line of message\nsecond line"
