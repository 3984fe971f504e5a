proc setInCaller {} { uplevel 1 {set fromUplevel yes} }
setInCaller
puts $fromUplevel
proc f {} { set local 1; setInCaller; return $fromUplevel }
puts [f]
