puts [format %.3s abcdef]
puts [format "|%-8.3s|" abcdef]
puts [format %.10s abc]
