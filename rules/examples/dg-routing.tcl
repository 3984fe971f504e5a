# Host and path routing from data groups: the host picks the pool (host_pools), API paths go to
# the API pool (api_paths), unknown hosts get a 404 from BIG-IP, and a pool with no member up gets a
# 503 with Retry-After instead of a reset.
when HTTP_REQUEST {
  set host [string tolower [getfield [HTTP::host] ":" 1]]
  set uri [HTTP::uri]
  set target [class match -value -- $host equals host_pools]
  if { $target eq "" } {
    HTTP::respond 404 content "unknown site $host" Content-Type text/plain
    return
  }
  if { [class match [HTTP::path] starts_with api_paths] } {
    set target api_pool
  }
  pool $target
}
when LB_SELECTED {
  log local0. "$host$uri -> [LB::server pool] [LB::server addr]:[LB::server port]"
}
when LB_FAILED {
  HTTP::respond 503 content "service unavailable" Retry-After 30 Content-Type text/plain
}
when SERVER_CONNECTED {
  log local0. "new server connection [IP::remote_addr]:[TCP::remote_port] from [IP::local_addr]"
}
