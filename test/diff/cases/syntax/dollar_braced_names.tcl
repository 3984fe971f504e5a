set {my var} 10
puts ${my var}
set a.b 20
puts ${a.b}
puts "${a.b}xyz"
set {} empty
puts ${}
