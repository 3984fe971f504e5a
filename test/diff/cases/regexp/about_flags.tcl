foreach p {a (a)(b) {a{1,2}} {a*?} {(?=a)} {\1} {[[:alpha:]]} {\w} {a|b} {(?:x)}} {
    catch {regexp -about $p} r
    puts "$p -> $r"
}
