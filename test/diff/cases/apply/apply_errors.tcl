foreach script {
    {apply}
    {apply {x {}}}
    {apply {{x {y 1}} {}}}
    {apply {{x args} {}}}
    {apply {x {}} 1 2}
    {apply {}}
    {apply {a b c d}}
    {apply {a}}
    {apply "\{"}
    {apply {{{}} {}}}
    {apply {{a::b} {}}}
    {apply {{{a 1 2}} {}}}
    {apply {{} {error "inside lambda"}}}
    {apply {{} {break}}}
} {
    puts "[catch $script m]: $m"
}
