// List, array and dict commands against real tclsh 8.6: every snippet below runs under tclsh and
// under the engine in this test run, and the printed results (value or error message, and the
// completion code) must be identical. Nothing expected is written down here.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runTclFile } from '../../src/tcl/run.js';

const TCLSH = process.env['TCLSH'] || 'tclsh';

/** Prints each snippet's completion code and result (or error message). */
const PRELUDE = String.raw`
proc t {script} {
  set code [catch {uplevel 1 $script} result]
  puts "$code <$result>"
}
`;

interface Group {
  name: string;
  /** Setup run once before the snippets (procs, variables). */
  setup?: string;
  snippets: string[];
}

const GROUPS: Group[] = [
  {
    name: 'indexes',
    snippets: [
      'lindex {a b c} 010', 'lindex {a b c} 0x1', 'lindex {a b c} end--1', 'lindex {a b c} end+-1',
      'lindex {a b c} " 1"', 'lindex {a b c} "1 "', 'lindex {a b c} 1.0', 'lindex {a b c} 99999999999999999999',
      'lindex {a b c} 1+1', 'lindex {a b c} 1-+1', 'lindex {a b c} end-0x1', 'lindex {a b c} +1', 'lindex {a b c} x',
      'lindex {a b c} {1 x}', 'lindex {a b c} {}', 'lindex {a {b c} d} {1 0}', 'lindex {a {b c} d} 1 {}',
      'lindex {a b c} e', 'lindex {a b c} en', 'lindex {a b c} 4294967295', 'lindex {a b c} 4294967296',
      'lindex {a b c} 08', 'lindex {a b c} end-08', 'lindex {a b c} " end"', 'lindex {a b c} "end- 1"',
      'lindex {a b c} "1 +1"', 'lindex {a b c} "1+ 1"', 'lindex {a b c} "end-1-1"', 'lindex {a b c} end-',
      'lindex {a b c} 0b1', 'lindex {a b c} 0o1', 'lindex {a b c} 0d1', 'lindex {a b c} 1--1', 'lindex {a b c} -0',
      'lindex {a b c} 0 0 0 0', 'lindex {a b c} end-1 end', 'lindex {a b c} 5 x', 'lindex {a b c} 5 0',
      'lindex [list a "b \\{"] 1 0', 'lindex "a \\{" 0', 'lindex {a {b {c}x}} 1 1', 'lindex {a  b}', 'lindex',
      'linsert {a b c} 4294967295 x', 'linsert {a b c} 2147483648 x', 'linsert {a b c} end-1 Z',
    ],
  },
  {
    name: 'basic',
    snippets: [
      'list', 'list a {b c} "" \\{', 'llength {}', 'llength "a \\{"', 'llength a b', 'llength " a\tb\n"',
      'lrange {a b c d e} 1 3', 'lrange {a b c} 1', 'lrange {a b c} 1 x', 'lrange {a b c} -5 1', 'lrange {a b c} 2 1',
      'lrange {a  b   c} 0 end', 'lreplace {a b c} 5 5 x', 'lreplace {a b c} 3 3 x', 'lreplace {a b c} -1 -1 x',
      'lreplace {a b c} 1', 'lreplace {} 0 0', 'lreplace {a b c} 1 0', 'lreplace {a b c d e} 2 1 ins',
      'lreplace {a b c} 0 end', 'lreplace {a b c} end end X Y', 'linsert {a b c} -5 x', 'linsert {a b c} end+5 x',
      'linsert {a b c}', 'linsert {a  b c} 1', 'linsert {} 0 "x y"', 'lrepeat -1 x', 'lrepeat 0', 'lrepeat 2',
      'lrepeat x a', 'lrepeat', 'lrepeat 3 a b', 'lassign', 'lassign {1 2 3} a', 'lassign {1} a b; list $a $b',
      'lreverse', 'lreverse a b', 'lreverse {a {b c} d}', 'join', 'join a b c', 'join {a b} ""', 'join {{a b} c} ,',
      'join "a \\{" x', 'join {x}', 'split', 'split "a b" ""', 'split abc bb', 'split "" ""', 'split "" ,',
      'split "a,b,,c," ,', 'split " a  b "', 'split "a\\tb\\nc\\rd"', 'split {a{b}c} {}', 'split "x.y-z" .-',
      'concat " a\\\\ " b', 'concat "a\\\\  " b', 'concat "  " "" b', 'concat', 'concat {a b} [list c d]',
      'concat [list a b] [list #c d]', 'concat {a b} {#c d}', 'concat "\\ta\\n" { b } {}',
      'list [list a] [list #b]', 'llength [list [list]]',
    ],
  },
  {
    name: 'lappend-lset',
    setup: 'set l {a b c}; set m "a \\{"; array set arr {x 1}; set sc 1',
    snippets: [
      'lappend', 'lappend newv', 'lappend newv2 a b', 'lappend arr x', 'lappend arr', 'lappend m x', 'lappend m',
      'lappend arr(y) 1 2', 'lappend sc(x) 1', 'lappend nosuch(x)', 'set s "  a   b  "; lappend s c',
      'set t {x {y}}; lappend t z', 'set l {a b c}; lset l 3 x', 'set l {a b c}; lset l 4 x',
      'set l {a b c}; lset l -1 x', 'set l {a b c}; lset l 3 0 x', 'set l {a b c}; lset l 1 1 x',
      'set l {a b c}; lset l {1 1} x', 'set l {a b c}; lset l end+1 end+1 y', 'set l {a b c}; lset l x y',
      'lset l', 'lset nosuch 0 1', 'set l {a b c}; lset l q', 'set l {a b c}; lset l {} {new list}',
      'lset m 0 q', 'lset arr 0 x', 'set arr(y) {1 2}; lset arr(y) 0 9', 'set l {{1 2} {3 4}}; lset l 1 0 X',
      'set l {{1 2} {3 4}}; lset l end end Y', 'set l {a b}; lset l 1 {} z',
      // lappend builds long lists in place; copies taken before must not change.
      'set a {}; for {set i 0} {$i < 100} {incr i} {lappend a $i}; set b $a; lappend a x; lappend b y; list [llength $a] [lindex $a end] [llength $b] [lindex $b end] [lindex $a 99]',
      'set a {}; for {set i 0} {$i < 50} {incr i} {lappend a $i}; set c [list $a]; lappend a z; list [llength [lindex $c 0]] [llength $a]',
      'set a {}; for {set i 0} {$i < 50} {incr i} {lappend a $i}; set n 0; foreach x $a {lappend a $x; incr n}; list $n [llength $a]',
      'set a {}; for {set i 0} {$i < 40} {incr i} {lappend a "x $i"}; string length $a',
      'set a [lrepeat 40 q]; lappend a r; llength $a',
    ],
  },
  {
    name: 'lsort',
    setup: String.raw`
      proc cmp {a b} { puts "cmp $a $b"; string compare $a $b }
      proc big {a b} { return 5000000000 }
      proc br {a b} { return -code break }
      proc flt {a b} { return 1.5 }
      proc bylen {a b} { expr {[string length $a] - [string length $b]} }
    `,
    snippets: [
      'lsort', 'lsort -integer', 'lsort -command', 'lsort -stride 1 {a b}', 'lsort -stride 2 {a b c}',
      'lsort -stride 2 -index 2 {a b c d}', 'lsort -stride 2 -index 1 {a 2 b 1 c 3}', 'lsort -stride 2 -index end {a 2 b 1 c 3}',
      'lsort -stride 2 -index -1 {a 2 b 1 c 3}', 'lsort -stride 2 -indices {a 2 b 1 c 3}', 'lsort -indices {c a b}',
      'lsort -indices -unique {c a b a}', 'lsort -stride 2 {a 2 b 1 a 3}', 'lsort -stride 2 -unique {a 2 b 1 a 3}',
      'lsort -index 1 {{a 1} {b}}', 'lsort -index end-5 {{a 1} {b}}', 'lsort -index x {{a 1} {b}}',
      'lsort -index {0 1} {{{a 2}} {{b 1}}}', 'lsort -command foo -integer {1 2}', 'lsort -integer {1 2 99999999999999999999}',
      'lsort -integer {1 2 0x7fffffffffffffff -9223372036854775808}', 'lsort -real {1 2 nan}', 'lsort -real {1 2 x}',
      'lsort -real {1 2 0x10 1e1 10.0}', 'lsort -real -unique {1 1.0 2}', 'lsort -integer -unique {1 01 2}',
      'lsort -bogus {a b}', 'lsort -in {a b}', 'lsort "" {a b}', 'lsort -nocase -dictionary {B a C}', 'lsort -stride 3 {}',
      'lsort "a \\{"', 'lsort -command "a \\{" {a b}', 'lsort -stride 2 -index 0 -index 1 {a 2 b 1 c 3}',
      'lsort -command cmp {e d c b a}', 'lsort -command cmp -unique {b a b a c}', 'lsort -command cmp {h g f e d c b a i j k}',
      'lsort -command big {a b}', 'lsort -command br {a b}', 'lsort -command flt {a b}', 'lsort -command nosuchcmd {a b}',
      'lsort -command {} {a b}', 'lsort -command bylen {ccc a bb aaa b}', 'lsort -command {string compare} -decreasing {b c a}',
      'lsort -index end+1 {{a b}}', 'lsort -index 2147483648 {{a b}}', 'lsort -index {} {{b a} {a c}}',
      'lsort -ascii -nocase {b A a B}', 'lsort -unique -nocase {b A a B}',
      'lsort -dictionary {x10 x9 X9 x09 x9a x-1 {} a b10b b9c}', 'lsort -dictionary {1.5 1.10 1.05 01 1 001 0}',
      'lsort -decreasing -unique {a b a}', 'lsort -indices -decreasing {a b c}', 'lsort -stride 2 -index 1 -indices -decreasing {a 1 b 2}',
      'lsort -stride 3 -index {1 0} {x {b q} 1 y {a r} 2}', 'lsort -dictionary {a b A B _ ^ Z z {} 0 a0}',
      'lsort -dictionary {ab aB Ab AB}', 'lsort -dictionary {a01b a1b a001b a1c}', 'lsort {\u00e9 e f Z}',
      'lsort -nocase {\u00e9 \u00c9 e E}', 'lsort -dictionary {\u00e9 \u00c9 e E}', 'lsort -real {1 -0.0 0 +0 -1e-300}',
      'lsort -integer {3 2 1 x}', 'lsort -index 1 -integer {{a x} {b 2}}', 'lsort -index 0 -real {{1 x} {b 2}}',
      'lsort -stride x {a b}', 'lsort -stride 08 {a b}', 'lsort -integer -index 1 {{a 1} {b 0} {c 1} {d 0} {e 1}}',
      'lsort -increasing -decreasing -increasing {b a}', 'lsort -dictionary -unique {a A a}',
    ],
  },
  {
    name: 'lsearch',
    snippets: [
      'lsearch', 'lsearch a', 'lsearch -all a', 'lsearch -bogus a b', 'lsearch -start a b', 'lsearch -start 1 a b',
      'lsearch -index a b', 'lsearch -index 0 a b', 'lsearch -subindices a b', 'lsearch -bisect -all a b',
      'lsearch -bisect -not a b', 'lsearch -regexp {a b} (', 'lsearch -regexp {a b} {[}', 'lsearch -start x {a b} a',
      'lsearch -start end {a b c b} b', 'lsearch -start -5 {a b c b} b', 'lsearch -start 10 {a b c b} b',
      'lsearch -start 10 -all {a b c b} b', 'lsearch -start 10 -inline {a b c b} b', 'lsearch -integer -exact {a b} 1',
      'lsearch -integer -exact {1 b} 1', 'lsearch -integer -exact {2 b} 1', 'lsearch -integer -exact {1 2} x',
      'lsearch -real -exact {1 2.0} 2', 'lsearch -real -exact {1 2.0} x', 'lsearch -dictionary -exact {A10 a010} a10',
      'lsearch -nocase -exact {A10 a010} a10', 'lsearch -index 1 -subindices {{a b} {c d}} d',
      'lsearch -index 1 -subindices -inline {{a b} {c d}} d', 'lsearch -index 1 -subindices -all {{a b} {c d}} *',
      'lsearch -index end -subindices -all {{a b} {c d}} *', 'lsearch -index {1 0} -subindices {{a {b x}} {c {d y}}} d',
      'lsearch -index {end 0} -subindices {{a {b x}} {c {d y}} q} d', 'lsearch -index 1 {{a b} {c}} d',
      'lsearch -index 1 [list {a b} "c \\{"] d', 'lsearch -index -1 {{a b} {c}} d', 'lsearch -sorted {a b c d e} c',
      'lsearch -sorted {a b c c c d e} c', 'lsearch -sorted -decreasing {e d c b a} b', 'lsearch -sorted -bisect {a b d e} c',
      'lsearch -sorted -bisect {a b c c d e} c', 'lsearch -bisect {a b d e} 0', 'lsearch -bisect -decreasing {e d b a} c',
      'lsearch -sorted -all {a b c c d} c', 'lsearch -sorted -not {a b c c d} c', 'lsearch -sorted -inline {a b c c d} c*',
      'lsearch -sorted -integer {1 2 x 4} 4', 'lsearch -sorted -nocase {a B c} b', 'lsearch -sorted -dictionary {a2 a10 a20} a10',
      'lsearch -glob -nocase {ABC} a*', 'lsearch -exact -nocase {ABC} abc', 'lsearch -all -inline -not {a b c} b',
      'lsearch -all -inline -index 0 {{a 1} {b 2} {a 3}} a', 'lsearch -inline -index 0 {{a 1} {b 2} {a 3}} a',
      'lsearch -all -index 0 -subindices -inline {{a 1} {b 2} {a 3}} a', 'lsearch -exact -glob {a* b} a*',
      'lsearch -regexp -exact {ab b} a.', 'lsearch -exact -regexp {ab b} a.', 'lsearch -regexp {Ab b} (?i)a',
      'lsearch -regexp -nocase {Ab b} a', 'lsearch -in {a} a', 'lsearch -s {a} a', 'lsearch -integer {10 1} 1*',
      'lsearch -integer {1 2 03 4} 3', 'lsearch -exact -integer {1 2 03 4} 3', 'lsearch -integer -sorted {1 2 3} 2.0',
      'lsearch -exact {a {b c}} {b c}', 'lsearch -exact -integer {0x10 16} 16', 'lsearch -exact -real {1e1 10} 10.0',
      'lsearch "a \\{" a', 'lsearch -sorted -bisect {} a', 'lsearch -bisect -integer {1 3 5} 7',
      'lsearch -bisect -integer -start 2 {1 3 5} 2', 'lsearch -sorted -start 2 {a b c d} b',
      'lsearch -sorted -inline -index 1 -subindices {{a 1} {b 2}} 2', 'lsearch -index 1 -subindices {{a 1} {b 2}} 3',
      'lsearch -start 5 -index 1 -subindices {{a 1} {b 2}} 3', 'lsearch -not -inline {a b} a', 'lsearch {a\\\\b} {a\\\\b}',
      'lsearch -regexp -all {a1 b2 c} {\\d}', 'lsearch -regexp -inline {abc} {[[:alpha:]]+}',
      'lsearch -nocase -sorted -decreasing {D c B a} b', 'lsearch -integer -sorted -bisect {1 2 2 3} 2',
      'lsearch -dictionary -sorted -all {a1 a2 A2 a3} a2', 'lsearch -start end-1 {a b c} c', 'lsearch -all -not -start 1 {a b c} b',
      'lsearch -exact {a b} {}', 'lsearch -glob {a {} b} {}', 'lsearch -real -sorted {1 2 3} nan',
    ],
  },
  {
    name: 'lmap',
    snippets: [
      'lmap x {1 2 3} {if {$x == 2} break; set x}', 'lmap x {1 2 3} {if {$x == 2} continue; set x}',
      'lmap {x y} {1 2 3} {list $x $y}', 'lmap x {1 2} y {a b c} {list $x $y}', 'lmap {} {1 2} {}', 'lmap x',
      'lmap x y', 'lmap x {1 2} y {}', 'lmap x "a \\{" {}', 'proc f {} {lmap x {1 2 3} {return -code break}}; f',
      'proc g {} {lmap x {1 2 3} {return 7}}; g', 'set body {string toupper $x}; lmap x {a b} $body',
      'array set ar {}; lmap ar {1 2} {}', 'lmap a(x) {1 2} {set a(x)}', 'proc h {} {lmap x {1 2} {incr x}}; h',
    ],
  },
  {
    name: 'array',
    setup: String.raw`
      set sc 1
      foreach k {one two three four five six seven eight nine ten eleven twelve thirteen fourteen} { set big($k) 1 }
      foreach k {apple banana cherry date} { set sm($k) 1 }
      for {set i 0} {$i < 30} {incr i} { set num($i) $i }
    `,
    snippets: [
      'array', 'array set', 'array set a', 'array set a {x} y', 'array get', 'array get a b c', 'array names',
      'array names a -glob x y', 'array names sm -bogus x', 'array names sm -bogus', 'array size', 'array size a b',
      'array exists', 'array unset', 'array unset a b c', 'array n a', 'array na a', 'array s a', 'array st a',
      'array startsearch a', 'array set sc {a b}', 'array set sc {}', 'array unset sc', 'array get sc',
      'array names sc', 'array size sc', 'array set nv {}; array exists nv', 'array set "q(x)" {a b}', 'array set aa {a b c}',
      'array set aa "a \\{"', 'array names big', 'array names sm', 'array get sm', 'array get sm b*',
      'array names sm -regexp {^[ab]}', 'array names sm -exact apple', 'array names sm *e*',
      'unset sm(banana); array names sm', 'set sm(banana) 2; array names sm', 'array names num', 'array get num 1*',
      'array set num2 [list 1 a 2 b 3 c 10 d 20 e]; array names num2', 'array get num2',
      'proc p {} {array set loc {a 1}; upvar 0 loc x; return [array get x]}; p', 'array unset num 2*; array size num',
      'array exists num', 'array set d [dict create b 1 a 2 c 3]; array get d', 'array names sm -regexp (',
      'array get q(x)', 'array exists q(x)', 'array set ::g1 {a 1}; array names ::g1',
      'proc p2 {} {upvar #0 big b; array size b}; p2', 'array set e {}; array names e', 'array get nosuch',
      'array set x {k 1}; array set x {k 2 j 3}; list $x(k) $x(j) [array size x]',
      'array set u {a 1 b 2}; array unset u; info exists u', 'array set w {{a b} 1 c {2 3}}; list $w(a\\ b) $w(c)',
    ],
  },
  {
    // The one word scanner (src/syntax/scan.ts) read by the list reader, `string is list` and subst.
    name: 'word-scanner',
    setup: String.raw`set x(1) X; set q Q; set (e) E`,
    snippets: [
      'llength {{a}b}', 'llength {"a"b c}', 'llength {{a} "b}', 'llength {{a {b}} d}', 'llength "a\\\\ b c"',
      'lindex {"a\\x41\\n" b} 0', 'llength {{abc} {defghijklmnopqrstuvwxyz0123456789} x}',
      'lindex {{abc}defghijklmnopqrstuvwxyz0123456789 x} 0', 'llength "\\{a"', 'llength "\\"a"',
      'string is list -failindex f {a {b}c d}; set f', 'string is list -failindex f {a b "c}; set f',
      'string is list {a "b\\" c" d}', 'string is list -failindex f {a {b} "c"x}; set f',
      'subst {[set a {x}y]}', 'subst {a[set b "x"y]c}', 'subst {[set a}', 'subst {$x(}', 'subst [format %c%cx 36 123]',
      'subst {[set a "x}', 'subst {x[list a {b]} "c" d]y}', 'subst "\\[# c\\]\\nset q 3\\]"', 'subst {$x([set y 1)}',
      'subst {[set a {x}{y}]}', 'subst {[list \\] ]}', 'subst {[set b {x}]z}', 'subst {$x(1)$q$}', 'subst {$(e)}',
      'set (e)', 'array names {}', 'puts $(e)', 'expr {$(e) eq "E"}', 'list "q$(e)"', 'subst {$x([set q])}',
    ],
  },
  {
    name: 'dict',
    setup: 'set d {a b}; set s "a \\{"; array set arr {}',
    snippets: [
      'dict', 'dict bogus', 'dict g {a b} a', 'dict create a', 'dict create #a b c #d', 'dict create a b a c', 'dict get',
      'dict get {a b c}', 'dict get {a b c} a', 'dict get "a \\{" a', 'dict get "a {b}c" a', 'dict get {a "b"c} a',
      'dict get {a  b}', 'dict get {a b} x', 'dict get {a {b c}} a b', 'dict get {a {b c d}} a b', 'dict get {a {b c}} a x',
      'dict set', 'dict set d', 'dict set d a', 'set d {a b}; dict set d a b', 'set d {a b}; dict set d x y z',
      'set d {a b}; dict set d a q r', 'dict set s x y', 'dict set arr x y', 'dict unset', 'dict unset d',
      'set d {a b x {y z}}; dict unset d nokey', 'set d {a b}; dict unset d nokey sub', 'dict unset newd a; set newd',
      'set d {a b x {y z}}; dict unset d x y', 'dict exists', 'dict exists {a b}', 'dict exists {a} a',
      'dict exists {a {b}} a b c', 'dict exists {a {b c}} a b', 'dict exists "a \\{" a', 'dict keys',
      'dict keys {a b c d} a*', 'dict keys {a b c d} x y', 'dict values {a b c d} d', 'dict size', 'dict size {a b c}',
      'dict for', 'dict for {k} {a b} {}', 'dict for {k v w} {a b} {}', 'dict for {k v} {a b c} {}',
      'dict for {k v} {a 1 b 2 c 3} {if {$k eq "b"} continue; puts $k$v}',
      'dict for {k v} {a 1 b 2 c 3} {if {$k eq "b"} break; puts $k$v}', 'dict append', 'dict append d',
      'set d {}; dict append d k', 'set d {}; dict append d k x y', 'set d {k xy}; dict lappend d k x y',
      'set d {}; dict lappend d k2', 'dict incr d', 'set d {}; dict incr d n', 'set d {n 1}; dict incr d n 5',
      'set d {k {xy x}}; dict incr d k', 'set d {}; dict incr d n x', 'dict incr d n 1 2', 'dict merge',
      'dict merge {a b}', 'dict merge {a b} {c d a e}', 'dict merge {a b c}', 'dict merge {a  b}', 'dict remove',
      'dict remove {a b c d} a x', 'dict remove {a  b}', 'dict replace', 'dict replace {a b} c', 'dict replace {a b} a x c d',
      'dict replace {a  b}', 'dict filter', 'dict filter {a b}', 'dict filter {a b} bogus', 'dict filter {a 1 b 2 ab 3} key a*',
      'dict filter {a 1 b 2 ab 3} key a* b', 'dict filter {a 1 b 2 ab 3} key', 'dict filter {a 1 b 2 ab 3} value 2 3',
      'dict filter {a 1 b 2 ab 3} script {k v} {expr {$v > 1}}', 'dict filter {a 1 b 2 ab 3} script {k} {expr {$v > 1}}',
      'dict filter {a 1 b 2 ab 3} script {k v}', 'dict filter {a 1 b 2 ab 3} script {k v} {if {$v == 2} break; expr 1}',
      'dict filter {a 1 b 2 ab 3} script {k v} {if {$v == 2} continue; expr 1}',
      'dict filter {a 1 b 2 ab 3} script {k v} {expr {"x"}}', 'dict filter {a 1 b 2} s {k v} {set k 1}', 'dict map',
      'dict map {k v} {a 1 b 2} {expr {$v*2}}', 'dict map {k v} {a 1 b 2} {if {$v == 1} continue; expr {$v*2}}',
      'dict map {k v} {a 1 b 2} {if {$v == 2} break; expr {$v*2}}', 'dict map {k} {a 1 b 2} {}',
      'dict map {k v} {a 1 b 2} {set k x}', 'dict update', 'dict update d k', 'dict update d k v',
      'set d {a 1 b 2}; dict update d a x b y {set x 10; unset y; set z 1}; set d', 'dict with', 'dict with d',
      'set d {a 1 b 2}; dict with d {set a 5}; set d', 'set d {o {a 1 b 2}}; dict with d o {set a 5}; set d',
      'dict with nosuch {}', 'set d2 {a 1}; dict with d2 a {}', 'set d3 {a 1}; dict with d3 {unset a}; set d3',
      'set d3 {a 1}; dict with d3 {set b 2}; set d3', 'set d3 {a 1}; dict with d3 {set a}',
      'set d3 {a 1}; dict update d3 a v {set v 9; unset d3}; info exists d3',
      'proc w {} {set d {a 1 b 2}; dict with d {}; return "$a $b"}; w',
      'set d4 {a 1}; catch {dict update d4 a v {set v 2; break}}; set d4',
      'set d5 {a 1}; catch {dict with d5 {set a 2; error x}}; set d5',
      'set x [dict create b 1 a 2]; lappend x c; set x', 'dict keys {a 1 a 2 b 3}', 'dict values {a 1 a 2 b 3}',
      'dict size {a 1 a 2 b 3}', 'dict get {a 1 a 2 b 3}', 'dict replace {a 1 a 2 b 3}',
      'set dd {a {b {c 1}}}; dict set dd a b d 2; set dd', 'set dd {a {b {c 1}}}; dict unset dd a b c; set dd',
      'set dd {a {b {c 1}}}; dict unset dd a x c; set dd', 'set dd {a {b {c 1}}}; dict lappend dd a x; set dd',
      'set dd {a 1}; dict lappend dd a "x y"; set dd', 'set dd [list a "x \\{"]; dict lappend dd a z; set dd',
      'dict get {} a', 'dict for {k v} {} {}', 'dict for {k v} {a 1} {set k}', 'dict merge {a 1} {a 2 b 3} {}',
      'set e [dict create]; for {set i 0} {$i < 5} {incr i} {dict set e k$i $i}; list $e [dict size $e] [llength $e]',
      'set f [dict create a 1]; set g $f; dict set f a 2; list $f $g', 'dict get [dict create a {b c}] a b',
      'llength [dict create a 1 b 2]', 'lindex [dict create a 1 b 2] 3', 'dict create {a b} {c d}',
      'set n {x 1}; dict incr n x 99999999999999999999; set n', 'set w {a 1}; dict with w {}; set w',
      'dict exists {a 1} a', 'dict exists {a {b 1}} a c',
      // Updates are done in place with old versions kept readable: check every kind of sharing.
      'set a {}; for {set i 0} {$i < 20} {incr i} {dict set a k$i $i; lappend snaps $a}; list [lindex $snaps 3] [dict size [lindex $snaps 10]] [dict size $a]',
      'set a [dict create x 1]; set b $a; dict set a x 2; dict set b y 3; list $a $b',
      'set d [dict create in [dict create p 1]]; set i [dict get $d in]; dict set d in p 2; list $d $i',
      'set d [dict create a 1 b 2]; dict for {k v} $d {dict set d $k$k x}; set d',
      'set d [dict create a 1 b 2]; dict map {k v} $d {dict set d z $v; set v}',
      'set d [dict create]; dict set d a 1; set old $d; dict set d a 2; dict set d b 3; dict unset d a; list $old $d [dict get $old a]',
      'set d [dict create a 1]; set s "$d"; dict set d a 2; list $s $d',
      'set d [dict create a 1]; set l [list $d $d]; dict incr d a; list $l $d',
      'set d [dict create a 1 b 2]; set v [dict get $d]; dict set d c 3; list $v $d',
      'set d {a 1}; dict set d b 2; set e $d; dict append d a x; dict lappend e b y; list $d $e',
      'set d [dict create k {}]; for {set i 0} {$i < 40} {incr i} {dict lappend d k $i}; llength [dict get $d k]',
      'set d [dict create a 1]; array set arr2 $d; dict set d b 2; list [array get arr2] $d',
      'set d [dict create a 1 b 2]; foreach {k v} $d {dict set d $k 0}; set d',
      'set d [dict create a 1]; dict with d {set a 2}; set e $d; dict set d a 3; list $e $d',
    ],
  },
];

function buildScript(group: Group): string {
  let s = PRELUDE + (group.setup ?? '') + '\n';
  group.snippets.forEach((snippet, i) => {
    s += `puts "@@${i}"\nt {${snippet}}\n`;
  });
  return s;
}

function splitCases(out: string): Map<number, string> {
  const cases = new Map<number, string>();
  const parts = out.split(/^@@(\d+)\n/m);
  for (let i = 1; i < parts.length; i += 2) cases.set(Number(parts[i]), parts[i + 1]!);
  return cases;
}

for (const group of GROUPS) {
  describe(`list commands vs tclsh: ${group.name}`, () => {
    const script = buildScript(group);
    const want = spawnSync(TCLSH, [], { input: script, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' } });
    const got = runTclFile(script, `${group.name}.tcl`);
    it('runs to the end', () => {
      expect(want.status, `tclsh stderr: ${want.stderr}`).toBe(0);
      expect(got.stderr).toBe('');
    });
    const wantCases = splitCases(want.stdout);
    const gotCases = splitCases(got.stdout);
    group.snippets.forEach((snippet, i) => {
      it(snippet, () => {
        expect(gotCases.get(i)).toBe(wantCases.get(i));
      });
    });
  });
}
