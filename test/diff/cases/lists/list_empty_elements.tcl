puts [list a {} b]
puts [llength [list a {} b]]
puts [llength {a {} b}]
puts [join [list a {} b] ,]
