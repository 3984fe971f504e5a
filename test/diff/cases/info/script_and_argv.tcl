# The globals and info script of a file run as `tclsh FILE` with no arguments.
puts [info script]
puts [list $argv0 $argc $argv $tcl_interactive]
proc inproc {} { info script }
puts [inproc]
puts [info script other.tcl]
puts [info script]
puts [catch {info script a b} m]:$m
