puts [string len abc]
puts [string is int 5]
puts [string tou abc]
puts "[catch {string t x} m] $m"
puts "[catch {string l x} m] $m"
puts "[catch {string {} x} m] $m"
puts "[catch {string len} m] $m"
puts "[catch {string is int -failindex} m] $m"
puts "[catch {string is int -failindex v} m] $m"
puts "[catch {string is a x} m] $m"
puts "[catch {string is integer - x} m] $m"
puts "[catch {string compare -n abc ABC} m] $m"
puts "[catch {string compare - abc ABC} m] $m"
puts "[catch {string compare -length abc ABC} m] $m"
