# \U takes hex digits only while the value stays within Unicode (Tcl's TclParseHex stops once it
# passes 0x10fff): the digits it leaves are ordinary text. Non-BMP characters print differently
# between Tcl builds, so only the text after the escape is compared.
puts [string range "\UFFFFFFFF" end-2 end]
puts [string range \UFFFFFFFFxyz end-5 end]
puts [string range [subst {\U110000}] end end]
puts [string range "\U0010FFFFF" end end]
puts [lindex "\UFFFFFFFF abc" end]
