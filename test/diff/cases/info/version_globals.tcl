# tcl_version, tcl_patchLevel and the stable keys of tcl_platform (tclsh 8.6 on Linux)
puts "$tcl_version $tcl_patchLevel [info patchlevel] [info tclversion]"
foreach k {byteOrder engine pathSeparator platform pointerSize threaded wordSize os} { puts "$k=$tcl_platform($k)" }
puts [lsort [array names tcl_platform]]
proc v {} { global tcl_version tcl_platform; return "$tcl_version $tcl_platform(platform)" }
puts [v]
puts [info exists ::tcl_patchLevel]
puts [expr {$tcl_version >= 8.5}]
