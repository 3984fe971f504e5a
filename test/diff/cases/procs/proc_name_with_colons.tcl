proc ::my_helper {a} { return [string reverse $a] }
puts [my_helper abc]
puts [::my_helper xyz]
