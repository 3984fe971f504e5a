set g 10
proc deep {} { upvar #0 g x; incr x 5 }
proc mid {} { deep }
mid
puts $g
