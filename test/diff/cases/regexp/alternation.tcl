puts [regexp -inline {cat|dog} "hotdog"]
puts [regexp -all -inline {cat|dog} "cat dog cow"]
regexp {^(GET|POST) (\S+)} "POST /index.html HTTP/1.1" -> method path
puts "$method $path"
