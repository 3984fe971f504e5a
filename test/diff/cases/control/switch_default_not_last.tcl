switch x {
    default { puts "default as pattern" }
    x { puts x }
}
switch default {
    default { puts "literal default" }
}
