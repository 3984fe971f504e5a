foreach script {
    {namespace}
    {namespace eval}
    {namespace eval onlyname}
    {namespace current extra}
    {namespace exists}
    {namespace qualifiers}
    {namespace tail}
    {namespace parent a b}
    {namespace origin}
    {namespace upvar}
    {namespace upvar :: a}
    {namespace path a b}
    {namespace inscope ::}
    {namespace bogus}
    {namespace e}
} {
    puts "[catch $script m]: $m"
}
