switch -nocase HELLO {
    hello { puts matched }
    default { puts no }
}
switch -nocase -glob ABC { a* { puts glob-nocase } }
