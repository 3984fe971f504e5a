proc setter {} { uplevel 2 {set lvl two} }
proc mid {} { setter; return [info exists lvl] }
proc top {} { set r [mid]; return "$r $lvl" }
puts [top]
