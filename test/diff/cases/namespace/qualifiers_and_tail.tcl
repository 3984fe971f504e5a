foreach name {::a::b::c a::b c ::c a:::b a::b:::c :: {} ::a::b:: x::} {
    puts "[list $name] -> q=[list [namespace qualifiers $name]] t=[list [namespace tail $name]]"
}
