puts [format "%-10s|%6.2f|%4d|%x" item 3.5 12 255]
puts [format "%s %s %s" a "b c" {d}]
puts [format "%3d.%-3d." 1 2]
