# Index syntax as Tcl 8.6 reads it: prefixes of "end", signed offsets, arithmetic, radix prefixes.
set l {a b c d e}
foreach i {e en end end-1 end--1 end+-1 1+1 3-1 1-+1 0x1 0b10 0o3 010 -0 +1 " 2" {1 1} {} 4294967295} {
    puts "<$i> -> <[lindex $l $i]>"
}
foreach i {x 1.0 08 end-08 end- "end- 1" 1+ "1+ 1" end-1-1 99999999999999999999 0d1} {
    catch {lindex $l $i} msg
    puts "<$i> -> $msg"
}
