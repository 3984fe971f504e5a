# comment with continuation \
puts hidden
puts visible
