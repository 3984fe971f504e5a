puts [format %%]
puts [format "100%%"]
puts [format "%%d" ]
