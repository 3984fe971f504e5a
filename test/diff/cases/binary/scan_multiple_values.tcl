binary scan [binary format c* {1 2 3 4}] c* l
puts $l
binary scan [binary format S2 {10 20}] S2 l2
puts $l2
binary scan [binary format "a3 S" xyz 7] "a3 S" s n
puts "$s $n"
