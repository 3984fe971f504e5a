foreach cmd {
    {dict}
    {dict bogus}
    {dict create a}
    {dict get {a b c} a}
    {dict get "a \{" a}
    {dict get "a {b}c" a}
    {dict get {a "b"c} a}
    {dict get {a b} x}
    {dict get {a {b c d}} a b}
    {dict size {a b c}}
    {dict keys {a b c d} x y}
    {dict for {k} {a b} {}}
    {dict incr cnt n x}
    {dict replace {a b} c}
    {dict filter {a b} bogus}
    {dict filter {a b} script {k v}}
    {dict with nosuch {}}
    {dict update d k v}
} {
    puts [catch $cmd msg]
    puts $msg
}
puts [dict g {a b} a]
puts [dict exists {a} a]
puts [dict exists "a \{" a]
