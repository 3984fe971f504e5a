# Constants live in static:: variables set once in RULE_INIT, and are only read afterwards.
# profiles: tcp, http
when RULE_INIT {
  set static::debug 0
  set static::maintenance_page {<html><body><h1>Down for maintenance</h1></body></html>}
  set static::blocked_agents [list "sqlmap" "nikto" "masscan"]
}
when HTTP_REQUEST {
  set agent [string tolower [HTTP::header value "User-Agent"]]
  foreach bad $static::blocked_agents {
    if { [string first $bad $agent] >= 0 } {
      if { $static::debug } {
        log local0. "blocked agent $agent from [IP::client_addr]"
      }
      drop
      return
    }
  }
  if { [active_members web_pool] < 1 } {
    HTTP::respond 503 content $static::maintenance_page Content-Type "text/html"
    return
  }
  pool web_pool
}
