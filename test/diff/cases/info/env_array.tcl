# tclsh fills the env array from the process environment (values differ by machine: only shape here).
puts [array exists env]
puts [info exists env(PATH)]
puts [expr {[array size env] > 0}]
puts [info exists env(IRULE_SURELY_UNSET_VARIABLE)]
