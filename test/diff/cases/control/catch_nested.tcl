set r [catch {
    catch {error inner} m
    error "outer after $m"
} m2]
puts "$r $m2"
