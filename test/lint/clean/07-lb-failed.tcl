# When the chosen server cannot be reached, try again (a few times), then fall back to the
# maintenance pool and finally answer with a friendly page.
# profiles: tcp, http
when CLIENT_ACCEPTED {
  set retries 0
}
when LB_FAILED {
  if { $retries < 3 } {
    incr retries
    LB::reselect pool web_pool
  } elseif { [active_members maintenance_pool] > 0 } {
    LB::reselect pool maintenance_pool
  } else {
    HTTP::respond 503 content "<html><body>Service temporarily unavailable</body></html>" Content-Type "text/html" Retry-After 30
  }
}
when LB_SELECTED {
  log local0.debug "selected [LB::server addr]:[LB::server port] for [IP::client_addr]"
}
