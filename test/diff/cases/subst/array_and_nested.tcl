set arr(k) val
set key k
puts [subst {$arr($key) [string toupper $arr(k)]}]
puts [subst {[subst {$key}]}]
