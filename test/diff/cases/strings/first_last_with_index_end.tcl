puts [string first a abcabc end-3]
puts [string last a abcabc end-1]
puts [string last bc abcabc]
puts [string last x ""]
