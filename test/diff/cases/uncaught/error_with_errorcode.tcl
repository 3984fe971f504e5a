puts "code test"
error "coded failure" "" {MY ERROR CODE}
