proc a {} { set v 1; b; return $v }
proc b {} { upvar v w; c }
proc c {} { upvar 2 v z; set z changed }
puts [a]
