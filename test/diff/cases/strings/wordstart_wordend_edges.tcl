foreach i {-1 0 1 2 3 4 5 8 end} {
    puts "$i [string wordstart "ab cd_e.f" $i] [string wordend "ab cd_e.f" $i]"
}
puts [string wordend "é x" 0]
puts [string wordstart "" 0][string wordend "" 0]
