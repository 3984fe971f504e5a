puts [info tclversion]
puts [string match 8.6.* [info patchlevel]]
