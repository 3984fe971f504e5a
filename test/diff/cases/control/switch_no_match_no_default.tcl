puts "<[switch x { a {list 1} b {list 2} }]>"
