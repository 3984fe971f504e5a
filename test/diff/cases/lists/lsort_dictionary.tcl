puts [lsort -dictionary {a10 a2 a1 B1 b2 A3}]
puts [lsort -dictionary {x10y x9y x100y}]
puts [lsort -dictionary {abc ABC aBc}]
