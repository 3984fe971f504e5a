# Only hosts listed in the data group reach the application; admin paths only from the office.
# profiles: tcp, http
when HTTP_REQUEST {
  set host [string tolower [HTTP::host]]
  if { ![class match -- $host equals allowed_hosts] } {
    HTTP::respond 403 content "Forbidden" Content-Type "text/plain"
    return
  }
  if { [HTTP::path] starts_with "/admin/" && ![class match -- [IP::client_addr] equals office_networks] } {
    reject
    return
  }
  set target [class match -value -- $host equals host_to_pool]
  if { $target ne "" } {
    pool $target
  }
}
