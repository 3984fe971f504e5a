# At most 100 requests per client address in a 10-second window, counted in the shared table.
# profiles: tcp, http
when RULE_INIT {
  set static::max_requests 100
  set static::window 10
}
when HTTP_REQUEST {
  set key "rate:[IP::client_addr]"
  set count [table incr -notouch -- $key]
  if { $count == 1 } {
    table timeout -- $key $static::window
  }
  if { $count > $static::max_requests } {
    HTTP::respond 429 content "Too Many Requests" Retry-After $static::window Content-Type "text/plain"
    return
  }
}
