puts [format "|%5s|" é]
puts [format "|%-4s|" 日本]
